using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Supervision.Figures;

/// <summary>What the figures need to know about one chat session; loaded once, counted many ways.</summary>
/// <remarks>A chat belongs to the day and hour of <see cref="CreatedAt"/>: the moment the customer sent the
/// pre-chat question. Dashboard and reports use this same rule, so their numbers agree.</remarks>
public sealed record SessionFacts(
    int ChannelId,
    SessionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? EndedAt,
    int? Rating,
    string? AgentId = null,
    string? AgentName = null)
{
    /// <summary>The customer reached the queue (straight away or after the FAQ suggestions).</summary>
    public bool Requested => RequestedAt is not null;

    /// <summary>An agent picked the chat up.</summary>
    public bool Answered => RequestedAt is not null && AcceptedAt is not null;

    /// <summary>The customer left the queue before any agent picked the chat up.</summary>
    public bool AbandonedInQueue => Status == SessionStatus.Abandoned && RequestedAt is not null && AcceptedAt is null;

    public bool ResolvedByFaq => Status == SessionStatus.ResolvedByFaq;

    /// <summary>Requested → accepted; null when nobody answered.</summary>
    public TimeSpan? Wait => Answered ? AcceptedAt - RequestedAt : null;

    /// <summary>Accepted → ended, for chats that are over; null while still running or never answered.</summary>
    public TimeSpan? Duration => Answered && EndedAt is { } ended && Status == SessionStatus.Ended ? ended - AcceptedAt : null;
}
