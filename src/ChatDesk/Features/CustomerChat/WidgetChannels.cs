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
    // Counts the saves heard. A read that was out while a save came may hold the channel from before it: it answers
    // its caller but is not kept, or it would stand for the whole cache time after the save cleared the rest.
    private long saves;

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
        var before = Interlocked.Read(ref saves);
        var channel = await directory.FindAsync(slug, ct);
        if (channel is null)
        {
            kept.TryRemove(slug, out _);
            return null;
        }
        var fresh = (now, channel);
        kept[slug] = fresh;
        // Checked after storing: a save counted before this check is undone here, one counted after it clears after.
        if (Interlocked.Read(ref saves) != before) kept.TryRemove(KeyValuePair.Create(slug, fresh));
        return channel;
    }

    // A saved or deleted channel (its slug may have changed too): everything is read again, it is a handful of rows.
    private void Forget(int? channelId)
    {
        Interlocked.Increment(ref saves);
        kept.Clear();
    }

    public void Dispose() => subscription.Dispose();
}
