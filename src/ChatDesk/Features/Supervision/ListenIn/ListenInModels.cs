using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Supervision.ListenIn;

/// <summary>One ongoing chat in the list of chats the user may listen in on.</summary>
/// <param name="Since">When the customer started waiting (queued) or the chat was answered (active).</param>
public sealed record OngoingChat(long SessionId, string ChannelName, string CustomerName, SessionStatus Status,
    string? AgentName, DateTimeOffset Since);

/// <summary>What a listener may see of one chat, and what the desk lets them do with it.</summary>
/// <param name="CanManage">Manager of the chat's channel: may take it over or transfer it while it is ongoing.</param>
/// <param name="IsMine">The listener owns the chat now (after a take-over): may write in it and end it.</param>
public sealed record ListenInView(long SessionId, string ChannelName, string CustomerName, SessionStatus Status,
    string? AgentName, bool CanManage, bool IsMine)
{
    public bool IsLive => Status is SessionStatus.Queued or SessionStatus.Active;
}

public enum ManageOutcome
{
    Done,
    /// <summary>Not a manager of the chat's channel (or no such chat): nothing to learn from it.</summary>
    NotAllowed,
    /// <summary>The chat is no longer ongoing (ended, abandoned).</summary>
    NotLive,
    /// <summary>Someone else moved or ended the chat first; the page reloads and shows what is stored.</summary>
    Changed,
    /// <summary>The chosen agent may not (or cannot now) answer chats on this channel.</summary>
    NoSuchAgent,
}
