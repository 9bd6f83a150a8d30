using System.Text;
using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>Every value of every column of every table the EF model maps, read with <c>SELECT *</c>, so a column
/// or table added later is scanned too.</summary>
internal static class DatabaseScan
{
    /// <summary>"Table.Column" of each value that contains <paramref name="text"/> (case-insensitive; blobs read as UTF-8).</summary>
    public static async Task<List<string>> FindAsync(ChatDeskDbContext db, string text)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.Contains("Sessions", tables);
        Assert.Contains("AuditEntries", tables);
        var hits = new List<string>();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i) switch
                    {
                        string s => s,
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        _ => null,
                    };
                    if (value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true) hits.Add($"{table}.{reader.GetName(i)}");
                }
        }
        return hits;
    }
}
