using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Queue;

/// <summary>Raises one warning per chat when it has waited past the channel's warning time, and one more for
/// managers past the manager warning time. The raised mark is stored with a conditional update, and only the
/// writer that set it publishes, so a restart or a second node never warns twice.
/// Workspaces decide who sees them (members with notifications on).</summary>
internal sealed class QueueWarnings(IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time,
    ILogger<QueueWarnings> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await CheckAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Queue warning check failed; will retry."); }
        }
    }

    internal async Task CheckAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var waiting = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Queued && s.RequestedAt != null && (s.WarnedAt == null || s.ManagerWarnedAt == null))
            .Select(s => new { s.Id, s.ChannelId, s.Customer.Name, s.RequestedAt, s.Channel!.WarningMinutes, s.Channel.ManagerWarningMinutes })
            .ToListAsync(ct);
        foreach (var chat in waiting)
        {
            var waited = now - chat.RequestedAt!.Value;
            if (waited >= TimeSpan.FromMinutes(chat.WarningMinutes) &&
                await db.Sessions.Where(s => s.Id == chat.Id && s.WarnedAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.WarnedAt, now), ct) == 1)
                events.Publish(new QueueWarning(chat.Id, chat.ChannelId, chat.Name, chat.WarningMinutes, ForManagers: false));
            if (waited >= TimeSpan.FromMinutes(chat.ManagerWarningMinutes) &&
                await db.Sessions.Where(s => s.Id == chat.Id && s.ManagerWarnedAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.ManagerWarnedAt, now), ct) == 1)
                events.Publish(new QueueWarning(chat.Id, chat.ChannelId, chat.Name, chat.ManagerWarningMinutes, ForManagers: true));
        }
    }
}
