using System.Collections.Concurrent;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.CustomerChat;

/// <summary>The channels the widget endpoint answers about, kept for Chat:WidgetCacheSeconds so that every company
/// page polling the chat button does not read the database: an admin's save clears them at once on every node
/// (a change written straight into the database within that time). Whether the channel is open is worked out on each request from
/// memory (hours, agent presence), so it is never stale. Unknown names are not kept: they cannot fill memory.</summary>
public sealed class WidgetChannels : IDisposable
{
    private readonly ChannelDirectory directory;
    private readonly IDisposable subscription;
    private readonly TimeProvider time;
    private readonly TimeSpan maxAge;
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, ChatChannel Channel)> kept = new(StringComparer.Ordinal);

    public WidgetChannels(ChannelDirectory directory, ChannelSettingsChanged changed, TimeProvider time, IOptions<ChatOptions>? options = null)
    {
        maxAge = TimeSpan.FromSeconds((options?.Value ?? new ChatOptions()).WidgetCacheSeconds);
        this.directory = directory;
        this.time = time;
        subscription = changed.OnChanged(Forget);
    }

    public async Task<ChatChannel?> FindAsync(string slug, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (kept.TryGetValue(slug, out var entry) && now - entry.At < maxAge) return entry.Channel;
        var channel = await directory.FindAsync(slug, ct);
        if (channel is null) kept.TryRemove(slug, out _);
        else kept[slug] = (now, channel);
        return channel;
    }

    // A saved or deleted channel (its slug may have changed too): everything is read again, it is a handful of rows.
    private void Forget(int? channelId) => kept.Clear();

    public void Dispose() => subscription.Dispose();
}
