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
        EnsureFolder(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers (queue views, supervisors) run while a message is being written.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        logger.LogInformation("Database ready at {DataSource}.", new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync(cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
