using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Channels;

/// <summary>An administrator saved or deleted this channel (on any node): open views of it reload its settings.</summary>
public sealed record ChannelSettingsSaved(int ChannelId) : ChatEvent(0, ChannelId);

/// <summary>
/// Raised after an administrator saves or deletes a channel, so customer pages already open on it reload its
/// settings without a page reload, on every node (through the event bus). There is no cache to invalidate
/// (ChannelDirectory reads the database on every call); this only tells long-lived views that their copy is stale.
/// A bus that was away (<see cref="BusReconnected"/>) counts as a change of every channel.
/// </summary>
public sealed class ChannelSettingsChanged(IChatEvents events)
{
    public void Publish(int channelId) => events.Publish(new ChannelSettingsSaved(channelId));

    /// <summary>Calls <paramref name="handler"/> with the channel id after any channel's change; dispose to stop.
    /// Handlers must only schedule work.</summary>
    public IDisposable OnChanged(Action<int?> handler) =>
        events.SubscribeChannels(e =>
        {
            if (e is ChannelSettingsSaved saved) handler(saved.ChannelId);
            else if (e is BusReconnected) handler(null);
            return Task.CompletedTask;
        });

    /// <summary>Calls <paramref name="handler"/> after a change of this one channel (filed by channel, so a page
    /// hears only its own); dispose to stop.</summary>
    public IDisposable OnChanged(int channelId, Action handler) =>
        events.Subscribe(new ChatTopics(Channels: [channelId]), e =>
        {
            if (e is ChannelSettingsSaved or BusReconnected) handler();
            return Task.CompletedTask;
        });
}
