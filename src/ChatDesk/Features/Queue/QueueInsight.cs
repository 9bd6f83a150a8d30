using System.Collections.Concurrent;
using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Queue;

public sealed record QueueView(int Position, int QueueLength, int? EstimatedMinutes, QueueFallbackReason Fallback)
{
    public bool OfferOffline => Fallback != QueueFallbackReason.None;
}

/// <summary>What a waiting customer is told: position, estimate and whether to offer the offline form. The
/// channel's queue (who waits, in order) and its recent waits are read once per channel per change and shared by
/// every waiting customer; a session change in the channel clears them (the hub tells this cache before any page),
/// and they are read again at most <see cref="MaxAge"/> later anyway (a change on another node without a shared bus).
/// What moves with time alone (waited, present agents) is worked out per customer from memory.</summary>
public sealed class QueueInsight : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(7);
    private const int Samples = 30;

    private readonly IDbContextFactory<ChatDeskDbContext> contexts;
    private readonly AgentPresence presence;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<int, Snapshot> snapshots = new();
    private readonly IDisposable subscription;

    public QueueInsight(IDbContextFactory<ChatDeskDbContext> contexts, AgentPresence presence, TimeProvider time, IChatEvents events)
    {
        this.contexts = contexts;
        this.presence = presence;
        this.time = time;
        subscription = events.SubscribeChannels(e =>
        {
            if (e is SessionChanged) snapshots.TryRemove(e.ChannelId, out _);
            else if (e is BusReconnected) snapshots.Clear();
            return Task.CompletedTask;
        });
    }

    private int reads;

    /// <summary>How many times a channel's queue was read from the database (tests show the sharing).</summary>
    internal int Reads => reads;

    public async Task<QueueView> ViewAsync(ChatChannel channel, long sessionId, CancellationToken ct)
    {
        var queue = await SnapshotAsync(channel.Id).WaitAsync(ct);
        var index = queue.Waiting.FindIndex(w => w.Id == sessionId);
        if (index < 0) return new(0, 0, null, QueueFallbackReason.None);
        var position = index + 1;
        var present = channel.Members.Count(m => m.CanRespond && presence.IsPresent(m.UserId));
        var waited = time.GetUtcNow() - queue.Waiting[index].RequestedAt;
        return new(position, queue.Waiting.Count, WaitEstimate.Minutes(queue.Recent, position, present),
            QueueFallback.Reason(channel, waited, position));
    }

    // One read per channel at a time: customers asking meanwhile share the same task.
    private Task<QueueState> SnapshotAsync(int channelId)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            var current = snapshots.GetOrAdd(channelId, _ => new Snapshot(now, new(() => LoadAsync(channelId))));
            var state = current.State.Value;
            var stale = now - current.At > MaxAge || state.IsFaulted || state.IsCanceled;
            if (!stale) return state;
            snapshots.TryRemove(KeyValuePair.Create(channelId, current));
        }
    }

    private async Task<QueueState> LoadAsync(int channelId)
    {
        Interlocked.Increment(ref reads);
        // Shared by many customers, so not cancelled by the one who asked first.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var waiting = await db.Sessions.AsNoTracking()
            .Where(s => s.ChannelId == channelId && s.Status == SessionStatus.Queued && s.RequestedAt != null)
            .OrderBy(s => s.RequestedAt).ThenBy(s => s.Id)
            .Select(s => new Waiter(s.Id, s.RequestedAt!.Value)).ToListAsync();
        var since = time.GetUtcNow() - Lookback;
        var recent = (await db.Sessions.AsNoTracking()
                .Where(s => s.ChannelId == channelId && s.AcceptedAt != null && s.RequestedAt != null && s.AcceptedAt > since)
                .OrderByDescending(s => s.AcceptedAt).Take(Samples)
                .Select(s => new { s.RequestedAt, s.AcceptedAt, s.InitialQueuePosition }).ToListAsync())
            .Select(s => new RecentWait(s.AcceptedAt!.Value - s.RequestedAt!.Value, s.InitialQueuePosition ?? 1)).ToList();
        return new QueueState(waiting, recent);
    }

    public void Dispose() => subscription.Dispose();

    private sealed record Waiter(long Id, DateTimeOffset RequestedAt);

    private sealed record QueueState(List<Waiter> Waiting, IReadOnlyList<RecentWait> Recent);

    // Lazy: of two customers adding a snapshot at once, only the one kept is ever read.
    private sealed record Snapshot(DateTimeOffset At, Lazy<Task<QueueState>> State);
}
