using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Queue;

public sealed record QueueView(int Position, int QueueLength, int? EstimatedMinutes, bool OfferOffline);

/// <summary>What a waiting customer is told: position, estimate and whether to offer the offline form.</summary>
public sealed class QueueInsight(IDbContextFactory<ChatDeskDbContext> contexts, AgentPresence presence, TimeProvider time)
{
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(7);
    private const int Samples = 30;

    public async Task<QueueView> ViewAsync(ChatChannel channel, long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is not { Status: SessionStatus.Queued }) return new(0, 0, null, false);
        var position = await QueueQueries.PositionAsync(db, session, ct);
        var length = await db.Sessions.CountAsync(s => s.ChannelId == channel.Id && s.Status == SessionStatus.Queued, ct);

        var since = time.GetUtcNow() - Lookback;
        var recent = (await db.Sessions.AsNoTracking()
                .Where(s => s.ChannelId == channel.Id && s.AcceptedAt != null && s.RequestedAt != null && s.AcceptedAt > since)
                .OrderByDescending(s => s.AcceptedAt).Take(Samples)
                .Select(s => new { s.RequestedAt, s.AcceptedAt, s.InitialQueuePosition }).ToListAsync(ct))
            .Select(s => new RecentWait(s.AcceptedAt!.Value - s.RequestedAt!.Value, s.InitialQueuePosition ?? 1)).ToList();
        var present = channel.Members.Count(m => m.CanRespond && presence.IsPresent(m.UserId));

        var waited = time.GetUtcNow() - (session.RequestedAt ?? time.GetUtcNow());
        return new(position, length, WaitEstimate.Minutes(recent, position, present), QueueFallback.ShouldOffer(channel, waited, length));
    }
}
