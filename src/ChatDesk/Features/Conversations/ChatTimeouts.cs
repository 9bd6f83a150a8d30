using ChatDesk.Data;
using ChatDesk.Hosting.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Conversations;

/// <summary>Ends chats nobody is in any more, decided from the database alone so a restart or a killed node loses
/// nothing: the customer closed the window (after Chat:LeftGraceSeconds), no window renewed the connection lease
/// for Chat:DropGraceSeconds, or an active chat went quiet for longer than its channel's idle time.
/// With several nodes one of them scans (the "chat-timeouts" lease, see <see cref="LeaderJob"/>); each end is a
/// version-checked transition anyway, so even two scanners could not end a chat twice.</summary>
internal sealed class ChatTimeouts(
    ConversationService conversations, IDbContextFactory<ChatDeskDbContext> contexts, IOptions<ChatOptions> options,
    TimeProvider time, JobLeases leases, ILogger<ChatTimeouts> logger) : LeaderJob(leases, logger)
{
    protected override string Job => "chat-timeouts";

    private TimeSpan LeftGrace => TimeSpan.FromSeconds(options.Value.LeftGraceSeconds);
    private TimeSpan DropGrace => TimeSpan.FromSeconds(options.Value.DropGraceSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await TickAsync(stoppingToken);
    }

    internal override async Task PassAsync(CancellationToken ct)
    {
        await EndAbandonedAsync(ct);
        await EndIdleAsync(ct);
    }

    internal async Task EndAbandonedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var leftBefore = now - LeftGrace;
        var seenBefore = now - DropGrace;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var gone = await db.Sessions.AsNoTracking()
            .Where(s => (s.Status == SessionStatus.Active || s.Status == SessionStatus.Queued) &&
                ((s.CustomerConnection == CustomerConnection.Left && s.CustomerGoneAt <= leftBefore &&
                    (s.CustomerSeenAt == null || s.CustomerSeenAt <= s.CustomerGoneAt)) || s.CustomerSeenAt < seenBefore))
            .Select(s => s.Id).ToListAsync(ct);
        // The entity re-checks on a fresh read, so a customer who comes back at this moment wins or loses cleanly.
        foreach (var sessionId in gone) await conversations.EndIfGoneAsync(sessionId, LeftGrace, DropGrace, ct);
    }

    internal async Task EndIdleAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var active = await db.Sessions.AsNoTracking().Where(s => s.Status == SessionStatus.Active)
            .Select(s => new
            {
                s.Id, s.Channel!.IdleMinutes, s.AcceptedAt, s.LastSequence,
                LastMessage = s.Messages.OrderByDescending(m => m.Sequence).Select(m => (DateTimeOffset?)m.SentAt).FirstOrDefault(),
            }).ToListAsync(ct);
        foreach (var chat in active)
        {
            var lastActivity = new[] { chat.LastMessage, chat.AcceptedAt }.Max() ?? now;
            if (chat.IdleMinutes > 0 && now - lastActivity >= TimeSpan.FromMinutes(chat.IdleMinutes))
                await conversations.EndIdleAsync(chat.Id, chat.LastSequence, ct);
        }
    }
}
