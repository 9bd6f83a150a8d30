using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.History;

/// <summary>One earlier chat as staff may read it afterwards: its facts and its lines, internal notes included.</summary>
public sealed record ChatRecord(
    long SessionId, string ChannelName, string ChannelLanguage, CustomerDetails Customer, SessionStatus Status,
    string? AgentName, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int? Rating, bool Anonymized,
    IReadOnlyList<RecordLine> Lines);

public enum RecordLineKind { Customer, Agent, System, Note }

/// <summary>One line of a chat record; <see cref="RecordLineKind.Note"/> is an internal note (staff only).
/// <paramref name="File"/> is the message when the line is a file, shown as in the live chat (AttachmentView).</summary>
public sealed record RecordLine(DateTimeOffset At, RecordLineKind Kind, string Author, string Text, ChatMessage? File = null);

/// <summary>What the conversation search looks for; every part is optional and they all must match.
/// <paramref name="From"/> and <paramref name="To"/> are whole days in the viewer's time zone, both included.</summary>
public sealed record ConversationQuery(
    string? Customer = null, string? Email = null, string? Text = null, DateOnly? From = null, DateOnly? To = null, int Page = 0);

public sealed record ConversationHit(
    long SessionId, string ChannelName, string CustomerName, string CustomerEmail, SessionStatus Status, string? AgentName,
    DateTimeOffset StartedAt);

public sealed record ConversationPage(IReadOnlyList<ConversationHit> Hits, int Page, bool HasMore)
{
    public static readonly ConversationPage Empty = new([], 0, false);
}

public enum SearchProblem { None, DatesReversed, TooLong }
