using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Queue;

/// <summary>Raises one warning per chat when it has waited past the channel's warning time, and one more for
/// managers past the manager warning time. Workspaces decide who sees them (members with notifications on).</summary>
internal sealed class QueueWarnings(IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time,
    ILogger<QueueWarnings> logger) : BackgroundService
{
    private readonly HashSet<(long SessionId, bool ForManagers)> raised = [];

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
        var waiting = await db.Sessions.AsNoTracking().Where(s => s.Status == SessionStatus.Queued && s.RequestedAt != null)
            .Select(s => new { s.Id, s.ChannelId, s.Customer.Name, s.RequestedAt, s.Channel!.WarningMinutes, s.Channel.ManagerWarningMinutes })
            .ToListAsync(ct);
        raised.RemoveWhere(r => !waiting.Any(w => w.Id == r.SessionId));
        foreach (var chat in waiting)
        {
            var waited = now - chat.RequestedAt!.Value;
            Raise(chat.Id, chat.ChannelId, chat.Name, chat.WarningMinutes, waited, forManagers: false);
            Raise(chat.Id, chat.ChannelId, chat.Name, chat.ManagerWarningMinutes, waited, forManagers: true);
        }
    }

    private void Raise(long sessionId, int channelId, string name, int minutes, TimeSpan waited, bool forManagers)
    {
        if (waited < TimeSpan.FromMinutes(minutes) || !raised.Add((sessionId, forManagers))) return;
        events.Publish(new QueueWarning(sessionId, channelId, name, minutes, forManagers));
    }
}
