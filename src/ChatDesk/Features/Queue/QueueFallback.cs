using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Queue;

/// <summary>Why a queued customer is offered the offline form: none, they waited the channel's minutes, or their
/// place in the queue is at or past the channel's queue length.</summary>
public enum QueueFallbackReason { None, LongWait, LongQueue }

/// <summary>When a queued customer should be offered the offline form instead of waiting on.</summary>
public static class QueueFallback
{
    /// <param name="position">The customer's place (1 = next). The length rule counts the customer and those ahead,
    /// not those who came later: a queue that grows behind someone does not make their wait any longer.</param>
    public static QueueFallbackReason Reason(ChatChannel channel, TimeSpan waited, int position) =>
        channel.QueueFallbackMinutes is { } minutes && waited >= TimeSpan.FromMinutes(minutes) ? QueueFallbackReason.LongWait
        : channel.QueueFallbackLength is { } length && position >= length ? QueueFallbackReason.LongQueue
        : QueueFallbackReason.None;
}
