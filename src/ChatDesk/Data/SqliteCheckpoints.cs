using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Data;

/// <summary>Copies SQLite's write-ahead log into the database file once a second, in the background. Left to SQLite,
/// the commit that fills the log to 1,000 pages runs the checkpoint itself (with <c>synchronous=NORMAL</c> the only
/// commit that waits for the disk): a send every few seconds paid it, and every send queued behind that one's write
/// lock too. <see cref="SqliteTuning"/> turns SQLite's own checkpoints off on the app's connections; a crash loses
/// nothing committed either way (the log is replayed at the next open), and the last connection to close checkpoints
/// as before.</summary>
internal sealed class SqliteCheckpoints(IDbContextFactory<ChatDeskDbContext> contexts, ILogger<SqliteCheckpoints> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connection;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            if (!db.Database.IsSqlite()) return;
            connection = db.Database.GetConnectionString();
        }
        // An in-memory database (the tests) has no log to copy, and a shared-cache one is better left alone.
        var builder = new SqliteConnectionStringBuilder(connection);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return;
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                Checkpoint(connection);
            }
            catch (SqliteException ex)
            {
                logger.LogWarning(ex, "The SQLite checkpoint failed; it is tried again in {Seconds} s.", Every.TotalSeconds);
            }
        }
    }

    // Straight on a connection of its own, below EF: PASSIVE never waits for a writer or a reader (what it cannot
    // copy yet is copied next time), and the app's statement counts do not see it.
    internal static void Checkpoint(string? connection)
    {
        using var sqlite = new SqliteConnection(connection);
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        command.ExecuteNonQuery();
    }
}
