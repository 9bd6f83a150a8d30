using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Support;

/// <summary>Looks for a value in every column of every table, as text: what a copy of the database would reveal.</summary>
public static class DatabaseScan
{
    public static IReadOnlyList<string> CellsContaining(TestDatabase database, string value)
    {
        using var db = database.CreateDbContext();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        var hits = new List<string>();
        foreach (var table in Names(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        foreach (var column in Names(connection, $"SELECT name FROM pragma_table_info('{table}')"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), $value) > 0";
            command.Parameters.AddWithValue("$value", value);
            if ((long)command.ExecuteScalar()! > 0) hits.Add($"{table}.{column}");
        }
        return hits;
    }

    private static List<string> Names(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }
}
