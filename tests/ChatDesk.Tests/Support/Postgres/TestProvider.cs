using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatDesk.Tests.Support;

/// <summary>Which database this test run uses: SQLite (the default), or PostgreSQL with
/// <c>CHATDESK_TEST_DATABASE=Postgres</c> (tests/run.sh's second run), each test on a fresh database of its own.</summary>
public static class TestProvider
{
    public const string Variable = "CHATDESK_TEST_DATABASE";

    public static DatabaseProvider Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public static bool IsPostgres => Current == DatabaseProvider.Postgres;
}

/// <summary>Fresh PostgreSQL databases, each a copy of one migrated template (a copy takes milliseconds,
/// migrating takes seconds).</summary>
public static class PostgresDatabases
{
    private const string Template = "chatdesk_template";
    private static readonly Lazy<PostgresCluster> Migrated = new(MigrateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a database; returns its connection string.</summary>
    public static string Create(bool migrated = true)
    {
        var cluster = Migrated.Value;
        var name = $"t_{Guid.NewGuid():N}";
        Admin(cluster, $"CREATE DATABASE \"{name}\" TEMPLATE \"{(migrated ? Template : "template0")}\"");
        return cluster.ConnectionString(name);
    }

    public static void Drop(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Admin(Migrated.Value, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static PostgresCluster MigrateTemplate()
    {
        var cluster = PostgresCluster.Instance;
        Admin(cluster, $"CREATE DATABASE \"{Template}\"");
        var connection = cluster.ConnectionString(Template);
        using (var db = ChatDeskDbContext.Create(new DbContextOptionsBuilder<ChatDeskDbContext>().UseNpgsql(connection).Options))
            db.Database.Migrate();
        // A template must have no open connection while it is copied.
        NpgsqlConnection.ClearAllPools();
        return cluster;
    }

    private static void Admin(PostgresCluster cluster, string sql)
    {
        using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
