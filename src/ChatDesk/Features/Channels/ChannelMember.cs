namespace ChatDesk.Features.Channels;

/// <summary>A staff user's membership of a channel and what they may do there.</summary>
public sealed class ChannelMember
{
    public int ChannelId { get; set; }
    public string UserId { get; set; } = "";
    public bool CanRespond { get; set; } = true;
    public bool Notifications { get; set; } = true;
    public bool CanListenIn { get; set; }
    public bool IsManager { get; set; }
}
