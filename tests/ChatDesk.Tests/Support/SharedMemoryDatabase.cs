using System.Data.Common;
using ChatDesk.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatDesk.Tests.Support;

/// <summary>A named in-memory SQLite database kept alive by one open connection; on a PostgreSQL run
/// (<see cref="TestProvider"/>) a fresh database on the test cluster instead, dropped at the end. A test about
/// several nodes sharing PostgreSQL asks for it by provider on both runs.</summary>
public sealed class SharedMemoryDatabase : IDisposable
{
    private readonly DbConnection keeper;

    public SharedMemoryDatabase(DatabaseProvider? provider = null)
    {
        Provider = provider ?? TestProvider.Current;
        if (Provider == DatabaseProvider.Postgres)
        {
            ConnectionString = PostgresDatabases.Create();
            keeper = new NpgsqlConnection(ConnectionString);
        }
        else
        {
            ConnectionString = $"Data Source=chatdesk-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            keeper = new SqliteConnection(ConnectionString);
        }
        keeper.Open();
    }

    public string ConnectionString { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>Options for a context of its own on this database (<see cref="ChatDeskDbContext.Create"/>).</summary>
    public DbContextOptionsBuilder<ChatDeskDbContext> ContextOptions() =>
        new DbContextOptionsBuilder<ChatDeskDbContext>().Use(Provider, ConnectionString);

    public long Count(string table) => Scalar($"SELECT COUNT(*) FROM \"{table}\"");

    public long Scalar(string sql)
    {
        using var command = keeper.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar()!);
    }

    /// <summary>The first column of every row, as text.</summary>
    public List<string> Column(string sql)
    {
        using var command = keeper.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>Runs SQL both databases understand: quoted identifiers, TRUE/FALSE for booleans.</summary>
    public int Execute(string sql)
    {
        using var command = keeper.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        keeper.Dispose();
        if (Provider == DatabaseProvider.Postgres) PostgresDatabases.Drop(ConnectionString);
    }
}
