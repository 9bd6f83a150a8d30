using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Api;

/// <summary>The pre-chat form as JSON. Fields the channel does not ask for may be left out.</summary>
public sealed record StartChatRequest(string? Name, string? Email, string? Company, string? Phone, string? Country,
    bool Consent, string? Question, string? TimeZone, string? SourceUrl);

/// <summary><see cref="Token"/> is shown this once: keep it, it is the chat's only key.</summary>
public sealed record StartChatResponse(long ChatId, string Token, string Status, IReadOnlyList<FaqItem> Suggestions);

public sealed record FaqItem(int Id, string Title, string Excerpt, string Url);

public sealed record ChatStateResponse(long ChatId, string Channel, string Status, string? AgentName, int LastSequence,
    string? EndReason, int? Rating, DateTimeOffset? TranscriptSentAt, int? QueuePosition);

/// <summary>A message; <see cref="ClientId"/> is the id the sender gave it.</summary>
public sealed record MessageItem(int Sequence, string Author, string AuthorName, string Text, string Kind, DateTimeOffset SentAt, Guid ClientId)
{
    public static MessageItem From(ChatMessage m) => new(m.Sequence, Camel(m.Author.ToString()), m.AuthorName, m.Text,
        Camel(m.Kind.ToString()), m.SentAt, m.ClientMessageId);

    /// <summary>What the customer's side of the API shows: not the event lines ("customer returned"), which are notes for the agent.</summary>
    public static bool CustomerSees(ChatMessage m) => m.Kind != MessageKind.Event;

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>The hub's <c>messageCreated</c>: the chat and the new sequence, and the message when the event carries it
/// and this side may read it.</summary>
public sealed record MessageCreatedEvent(long ChatId, int Sequence, MessageItem? Message);

public sealed record SendMessageRequest(Guid? ClientId, string? Text);

/// <summary>The message is stored (now, or by an earlier send with the same client id).</summary>
public sealed record SendMessageResponse(Guid ClientId);

/// <summary>The hub's answer to <c>Send</c>: <see cref="Code"/> is null when the message is stored (now, or by an
/// earlier send with the same client id); otherwise the code the HTTP send's problem would carry, with its localized
/// title as <see cref="Message"/>.</summary>
public sealed record HubSendResult(Guid ClientId, string? Code = null, string? Message = null);

public sealed record TypingRequest(bool Typing);

public sealed record RatingRequest(int Rating, string? Comment);

/// <summary><see cref="Email"/> only for a chat without an address yet, checked as on the end form.</summary>
public sealed record TranscriptRequest(string? Email);

public sealed record TranscriptResponse(string To, bool Sent);

public sealed record TicketRequest(string? Name, string? Email, string? Company, string? Phone, string? Country,
    bool Consent, string? Question, string? TimeZone);

public sealed record TicketResponse(int Number, bool ConfirmationMailed);

public sealed record QueueItem(long ChatId, string Channel, string CustomerName, string Question, DateTimeOffset RequestedAt);

public sealed record StaffChatItem(long ChatId, string Channel, string CustomerName, string Status);

public sealed record TransferRequest(string? ToUserId);

public sealed record AgentItem(string Id, string Name);

public sealed record AcceptResponse(long ChatId);

public sealed record FiguresResponse(int Waiting, DateTimeOffset? OldestRequestedAt, int ActiveChats, IReadOnlyList<AgentFigure> Agents);

public sealed record AgentFigure(string Name, string State, int Active, int Capacity);

public sealed record NoteItem(long Id, string AuthorName, string Text, DateTimeOffset CreatedAt);

public sealed record NoteRequest(string? Text);
