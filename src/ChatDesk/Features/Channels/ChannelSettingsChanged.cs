namespace ChatDesk.Features.Channels;

/// <summary>
/// Raised after an administrator saves or deletes a channel, so customer pages already open on it reload its
/// settings without a page reload. There is no cache to invalidate (ChannelDirectory reads the database on
/// every call); this only tells long-lived views that their copy is stale.
/// </summary>
public sealed class ChannelSettingsChanged
{
    /// <summary>Handlers get the channel id; they run on the saving thread, so they must only schedule work.</summary>
    public event Action<int>? Changed;

    public void Publish(int channelId) => Changed?.Invoke(channelId);
}
