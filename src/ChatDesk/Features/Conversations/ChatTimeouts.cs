using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>Ends chats nobody is in any more: the customer closed the window (after the grace period),
/// or an active chat went quiet for longer than its channel's idle time.</summary>
internal sealed class ChatTimeouts(
    CustomerConnections connections, ConversationService conversations, IDbContextFactory<ChatDeskDbContext> contexts,
    TimeProvider time, ILogger<ChatTimeouts> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await EndAbandonedAsync(stoppingToken);
                await EndIdleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Ending timed-out chats failed; will retry.");
            }
        }
    }

    internal async Task EndAbandonedAsync(CancellationToken ct)
    {
        foreach (var sessionId in connections.TakeGone())
        {
            var session = await conversations.FindAsync(sessionId, ct);
            if (session?.Status == SessionStatus.Active) await conversations.EndAsync(sessionId, EndReason.CustomerLeft, ct);
            else if (session?.Status == SessionStatus.Queued) await conversations.EndAsync(sessionId, EndReason.Abandoned, ct);
        }
    }

    internal async Task EndIdleAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var active = await db.Sessions.AsNoTracking().Where(s => s.Status == SessionStatus.Active)
            .Select(s => new
            {
                s.Id, s.Channel!.IdleMinutes, s.AcceptedAt,
                LastMessage = s.Messages.OrderByDescending(m => m.Sequence).Select(m => (DateTimeOffset?)m.SentAt).FirstOrDefault(),
            }).ToListAsync(ct);
        foreach (var chat in active)
        {
            var lastActivity = new[] { chat.LastMessage, chat.AcceptedAt }.Max() ?? now;
            if (chat.IdleMinutes > 0 && now - lastActivity >= TimeSpan.FromMinutes(chat.IdleMinutes))
                await conversations.EndAsync(chat.Id, EndReason.Idle, ct);
        }
    }
}
