using ChatDesk.Data;
using ChatDesk.Features.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatDesk.Tests.Support;

/// <summary>SQLite in memory over one open connection, migrated like the real database. With
/// <c>concurrent: true</c> it is a temporary file in WAL mode instead, so that parallel writers really
/// race on separate connections, as they do in the app. On a PostgreSQL run (<see cref="TestProvider"/>) a fresh
/// database on the test cluster, where writers always race on separate connections.</summary>
public sealed class TestDatabase : IDbContextFactory<ChatDeskDbContext>, IDisposable
{
    private readonly SqliteConnection? connection;
    private readonly string? file;
    private readonly string? postgres;
    private readonly DbContextOptions<ChatDeskDbContext> options;

    /// <summary>Counts the commands of the code under test (<see cref="CommandCounter.Begin"/>).</summary>
    public CommandCounter Commands { get; } = new();

    public TestDatabase(bool concurrent = false)
    {
        var builder = new DbContextOptionsBuilder<ChatDeskDbContext>();
        if (TestProvider.IsPostgres)
        {
            postgres = PostgresDatabases.Create();
            builder.UseNpgsql(postgres).AddInterceptors(RendererSynchronousDatabase.Interceptors);
        }
        else if (concurrent)
        {
            file = Path.Combine(Path.GetTempPath(), $"chatdesk-test-{Guid.NewGuid():N}.db");
            builder.UseSqlite($"Data Source={file};Default Timeout=30");
        }
        else
        {
            connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            builder.UseSqlite(connection);
        }
        // A Take without OrderBy is logged by EF as a warning in the app (once per query, e.g. the retention job a
        // minute after every start, which TeardownTests caught): here it fails the test that runs the query.
        options = builder.AddInterceptors(Commands)
            .ConfigureWarnings(w => w.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning)).Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
        if (concurrent && postgres is null) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    public ChatDeskDbContext CreateDbContext() => ChatDeskDbContext.Create(options);

    /// <summary>The same database through contexts that also run <paramref name="interceptors"/> (to hold a command
    /// at a chosen point and so stage a race).</summary>
    public IDbContextFactory<ChatDeskDbContext> With(params IInterceptor[] interceptors) =>
        new Intercepted(new DbContextOptionsBuilder<ChatDeskDbContext>(options).AddInterceptors(interceptors).Options);

    private sealed class Intercepted(DbContextOptions<ChatDeskDbContext> options) : IDbContextFactory<ChatDeskDbContext>
    {
        public ChatDeskDbContext CreateDbContext() => ChatDeskDbContext.Create(options);
    }

    public ChatChannel AddChannel(string slug = "support", Action<ChatChannel>? configure = null)
    {
        var channel = new ChatChannel { Name = slug, Slug = slug, Hours = new OpeningHours { AlwaysOpen = true } };
        configure?.Invoke(channel);
        using var db = CreateDbContext();
        db.Channels.Add(channel);
        db.SaveChanges();
        return channel;
    }

    public void Dispose()
    {
        connection?.Dispose();
        if (postgres is not null) PostgresDatabases.Drop(postgres);
        if (file is null) return;
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }
}
