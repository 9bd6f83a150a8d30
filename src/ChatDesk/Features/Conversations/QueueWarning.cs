namespace ChatDesk.Features.Conversations;

/// <summary>A chat has waited longer than its channel's warning time (or, for managers, the manager warning time).</summary>
public sealed record QueueWarning(long SessionId, int ChannelId, string CustomerName, int Minutes, bool ForManagers)
    : ChatEvent(SessionId, ChannelId);
