using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Support;

/// <summary>Looks for a value in every column of every table, as text: what a copy of the database would reveal.</summary>
public static class DatabaseScan
{
    public static IReadOnlyList<string> CellsContaining(TestDatabase database, string value)
    {
        using var db = database.CreateDbContext();
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        var hits = new List<string>();
        var tables = postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        foreach (var table in Names(connection, tables))
        foreach (var column in Names(connection, postgres
                     ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
                     : $"SELECT name FROM pragma_table_info('{table}')"))
        {
            using var command = connection.CreateCommand();
            var find = postgres ? "strpos" : "instr";
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {find}(CAST(\"{column}\" AS TEXT), @value) > 0";
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("@value", value);
            command.Parameters.Add(parameter);
            if (Convert.ToInt64(command.ExecuteScalar()!) > 0) hits.Add($"{table}.{column}");
        }
        return hits;
    }

    private static List<string> Names(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }
}
