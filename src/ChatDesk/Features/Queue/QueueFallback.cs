using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Queue;

/// <summary>When a queued customer should be offered the offline form instead of waiting on.</summary>
public static class QueueFallback
{
    public static bool ShouldOffer(ChatChannel channel, TimeSpan waited, int queueLength) =>
        (channel.QueueFallbackMinutes is { } minutes && waited >= TimeSpan.FromMinutes(minutes)) ||
        (channel.QueueFallbackLength is { } length && queueLength >= length);
}
