using Microsoft.Data.Sqlite;

namespace ChatDesk.Load;

/// <summary>After a run, from ChatDesk's own database: every message the server acknowledged is stored exactly once.</summary>
public sealed record StoredCheck(int Acknowledged, int Lost, int Doubled)
{
    public static StoredCheck Read(AppProcess server, IReadOnlyCollection<string> acknowledgedKeys)
    {
        var stored = new Dictionary<string, int>();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(server.DataFolder, "chatdesk.db")};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Text FROM Messages WHERE Text LIKE 'load %'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!Marker.TryRead(reader.GetString(0), out _, out var key)) continue;
                stored[key] = stored.GetValueOrDefault(key) + 1;
            }
        }
        var lost = acknowledgedKeys.Count(k => !stored.ContainsKey(k));
        var doubled = stored.Count(s => s.Value > 1);
        return new StoredCheck(acknowledgedKeys.Count, lost, doubled);
    }
}
