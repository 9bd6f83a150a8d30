using ChatDesk.Data;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: every connection the app opens commits as Database:Synchronous says (NORMAL unless told FULL)
/// and waits for a busy writer inside SQLite instead of Microsoft.Data.Sqlite's 150 ms sleeps.</summary>
[Collection(AppHostCollection.Name)]
public sealed class SqliteTuningTests
{
    [SqliteTheory]
    [InlineData(null, 1L)]
    [InlineData("Full", 2L)]
    public async Task EveryConnectionTheAppOpensCommitsAsConfigured(string? synchronous, long expected)
    {
        using var database = new SharedMemoryDatabase();
        var settings = synchronous is null ? null : new Dictionary<string, string?> { ["Database:Synchronous"] = synchronous };
        await using var factory = new ChatDeskFactory(database, settings);
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>();

        // Twice: the second context gets the pooled native connection back, still set.
        for (var i = 0; i < 2; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(expected, Pragma(db, "synchronous"));
            Assert.Equal(5000L, Pragma(db, "busy_timeout"));
            // Checkpoints run in the background (SqliteCheckpoints), not in a send's commit.
            Assert.Equal(0L, Pragma(db, "wal_autocheckpoint"));
        }
    }

    private static long Pragma(ChatDeskDbContext db, string name)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)command.ExecuteScalar()!;
    }
}
