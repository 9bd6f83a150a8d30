using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatDesk.Load;

/// <summary>ChatDesk's database as the benchmark reads and prepares it from outside the app. The SQL is written once
/// with quoted names, which SQLite and PostgreSQL both take (the time columns are ticks in both migration sets).</summary>
public sealed class BenchDatabase(Func<DbConnection> connect)
{
    public static BenchDatabase Sqlite(string file) => new(() => new SqliteConnection($"Data Source={file}"));

    public static BenchDatabase Postgres(string connectionString) => new(() => new NpgsqlConnection(connectionString));

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of every row.</summary>
    public List<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    private DbConnection Open()
    {
        var connection = connect();
        connection.Open();
        return connection;
    }
}
