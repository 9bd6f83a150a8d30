using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Conversations;

/// <summary>One customer conversation, from the pre-chat form to its end.</summary>
public sealed partial class ChatSession
{
    public long Id { get; set; }
    /// <summary>SHA-256 (hex) of the unguessable token that binds an anonymous customer's browser to this session
    /// (<see cref="ChatToken"/>); the raw token is never stored. Null: no browser can open the chat (anonymised).</summary>
    public string? TokenHash { get; set; }
    public int ChannelId { get; set; }
    public ChatChannel? Channel { get; set; }
    public CustomerDetails Customer { get; set; } = new();
    /// <summary>Changes only through the transitions in ChatSession.Transitions.cs.</summary>
    public SessionStatus Status { get; private set; } = SessionStatus.PreChat;
    /// <summary>Concurrency token: every change of the session bumps it, so two writers that read the same
    /// version cannot both commit (the loser's UPDATE matches no row and gets a clear answer).</summary>
    public int Version { get; private set; }
    public string? AgentId { get; set; }
    public string? AgentDisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RequestedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public EndReason? EndReason { get; set; }
    public int? InitialQueuePosition { get; set; }
    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTimeOffset? TranscriptSentAt { get; set; }
    public string? SourceUrl { get; set; }
    public long? TicketId { get; set; }
    /// <summary>Ids of the FAQ articles suggested before the chat, comma-separated, for the agent's side panel.</summary>
    public string? FaqShown { get; set; }
    /// <summary>Highest message sequence number; the next message gets LastSequence + 1.</summary>
    public int LastSequence { get; set; }
    /// <summary>Whether a customer window is connected, dropped (connection lost) or closed (left).</summary>
    public CustomerConnection CustomerConnection { get; set; } = CustomerConnection.Connected;
    /// <summary>Lease renewed while a customer window's connection is up; a chat whose lease runs out past
    /// Chat:DropGraceSeconds ends as "connection lost".</summary>
    public DateTimeOffset? CustomerSeenAt { get; set; }
    /// <summary>When the connection dropped or the window was closed.</summary>
    public DateTimeOffset? CustomerGoneAt { get; set; }
    /// <summary>When the queue wait warning (for members) and the manager warning were raised: once each.</summary>
    public DateTimeOffset? WarnedAt { get; set; }
    public DateTimeOffset? ManagerWarnedAt { get; set; }
    /// <summary>When retention or an erase removed the customer's details and the messages (Features/Privacy).</summary>
    public DateTimeOffset? AnonymizedAt { get; set; }
    public List<ChatMessage> Messages { get; set; } = [];
}

public enum CustomerConnection { Connected, Dropped, Left }

public sealed class CustomerDetails
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Company { get; set; }
    public string? Phone { get; set; }
    public string? Country { get; set; }
    public bool Consent { get; set; }
    /// <summary>The customer's browser time zone, for times in e-mails.</summary>
    public string? TimeZoneId { get; set; }
}

/// <summary>Bot: the channel sends new chats to a bot first (Features/Bots).</summary>
public enum SessionStatus { PreChat, Faq, Queued, Active, Ended, Abandoned, ResolvedByFaq, Offline, TicketPosted, Bot }

public enum EndReason { Agent, Customer, CustomerLeft, Idle, ResolvedByFaq, Abandoned, ConnectionLost, ResolvedByBot }
