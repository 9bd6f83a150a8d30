using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ChatDesk.Tests.Support;

/// <summary>The whole app in memory over a private SQLite in-memory database that lives as long as the factory
/// (or longer, when a test hands the same database to a second factory to simulate a restart).</summary>
public sealed class ChatDeskFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public ChatDeskFactory(SharedMemoryDatabase database, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatDesk"] = database.ConnectionString,
            ["Demo:Password"] = "Test-Demo-Pass-1",
            ["EmailValidation:CheckDomain"] = "false",
            ["Smtp:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "chatdesk-tests-outbox"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) this.settings[key] = value;
    }

    public SharedMemoryDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}

/// <summary>A named in-memory SQLite database kept alive by one open connection.</summary>
public sealed class SharedMemoryDatabase : IDisposable
{
    private readonly SqliteConnection keeper;

    public SharedMemoryDatabase()
    {
        ConnectionString = $"Data Source=chatdesk-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        keeper = new SqliteConnection(ConnectionString);
        keeper.Open();
    }

    public string ConnectionString { get; }

    public long Count(string table)
    {
        using var command = keeper.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    public void Execute(string sql)
    {
        using var command = keeper.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => keeper.Dispose();
}

/// <summary>WebApplicationFactory finds the app's host through a process-wide DiagnosticListener, so two
/// factories starting at once can catch each other's host: classes that start one run in this collection.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection
{
    public const string Name = "App host";
}
