using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Data.Seeding;

/// <summary>Fills an empty database with a working demo company; never touches a database with data.</summary>
internal sealed class DemoSeeder(
    IDbContextFactory<ChatDeskDbContext> contexts, DemoStaff staff, IOptions<DemoOptions> options,
    TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Channels.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            logger.LogDebug("Database has data; demo seed skipped.");
            return false;
        }

        var now = time.GetUtcNow();
        var folders = DemoFaq.Load(db, now);
        db.ReplyTemplates.AddRange(DemoTemplates.All());
        await db.SaveChangesAsync(cancellationToken);

        var users = await staff.CreateAsync(options.Value.Password, cancellationToken);
        var channels = DemoChannels.All(folders, users).ToList();
        db.Channels.AddRange(channels);
        await db.SaveChangesAsync(cancellationToken);
        var history = options.Value.History ? DemoHistory.For(channels, [users["agent1"], users["agent2"]], now).ToList() : [];
        db.Sessions.AddRange(history);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo company: 2 channels, FAQ, templates, 4 staff users and {Chats} ended chats of the last {Days} days.",
            history.Count, DemoHistory.Days);
        return true;
    }
}
