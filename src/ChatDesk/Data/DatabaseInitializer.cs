using ChatDesk.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Data;

/// <summary>Brings the database up to date before the server takes requests: folder, migrations, WAL, seed.
/// It runs in the host's "starting" phase, before any hosted service's StartAsync: Data Protection loads its key
/// ring (stored in this database) from a hosted service registered earlier than this one.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ChatDeskDbContext> contexts, IServiceProvider services, ILogger<DatabaseInitializer> logger)
    : IHostedLifecycleService
{
    /// <summary>The PostgreSQL advisory lock the nodes of one installation take around migrating and seeding.</summary>
    internal const long StartupLock = 0x43_68_61_74_44_65_73_6B; // "ChatDesk"

    public Task StartingAsync(CancellationToken cancellationToken) => PrepareAsync(seedDemo: true, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Also run by the <c>config</c> commands, which start no server; an import into a new database
    /// skips the demo data so the database holds exactly the file.</summary>
    public async Task PrepareAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // One SQLite file has one writer at a time: its file lock already serialises two starts.
            EnsureFolder(db.Database.GetConnectionString());
            await db.Database.MigrateAsync(cancellationToken);
            // WAL lets readers (queue views, supervisors) run while a message is being written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            logger.LogInformation("Database ready at {DataSource}.", new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
            await SeedAsync(seedDemo, cancellationToken);
            return;
        }
        // Several nodes may start at once: the first migrates and seeds, the others wait and then find it done
        // (the seeders only add what is missing). The lock belongs to this connection, so it is held until unlocked.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})", cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            await SeedAsync(seedDemo, cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})", CancellationToken.None);
        }
        logger.LogInformation("Database ready on PostgreSQL ({Database}).", db.Database.GetDbConnection().Database);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync(cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
    }

    private static void EnsureFolder(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(source) || source == ":memory:" ||
            source.StartsWith("file:", StringComparison.Ordinal)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
