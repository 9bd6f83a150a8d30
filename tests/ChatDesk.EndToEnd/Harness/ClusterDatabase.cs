using Npgsql;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>Test set-up straight in the cluster's PostgreSQL database (the SQL of <see cref="AppServer"/>'s helpers,
/// with PostgreSQL's quoted names and booleans).</summary>
public sealed class ClusterDatabase(string connectionString)
{
    public string ConnectionString => connectionString;

    /// <summary>Creates the database the nodes share (the app creates its schema, not the database).</summary>
    public static async Task CreateAsync(string serverConnectionString, string name)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Sql(string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public string Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Ends every live chat left by earlier tests, so queue positions start from one.</summary>
    public void ClearQueues() =>
        Sql("""UPDATE "Sessions" SET "Status" = 'Abandoned' WHERE "Status" IN ('Queued', 'Active', 'Ended')""");

    public void SetFaqSuggestions(string slug, bool on) =>
        Sql($"""UPDATE "Channels" SET "PreChat_FaqSuggestions" = {(on ? "true" : "false")} WHERE "Slug" = '{slug}'""");
}
