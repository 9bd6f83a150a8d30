using ChatDesk.Features.Conversations;
using ChatDesk.Features.Tickets;

namespace ChatDesk.Features.Privacy;

/// <summary>What the database holds about one address, for the admin page and the command line.</summary>
public sealed record PersonalDataOverview(
    IReadOnlyList<ChatSummary> Chats, IReadOnlyList<TicketSummary> Tickets, IReadOnlyList<MailSummary> Mails,
    IReadOnlyList<string> StaffUserNames)
{
    public bool IsEmpty => Chats.Count == 0 && Tickets.Count == 0 && Mails.Count == 0;

    public bool HasLiveChat => Chats.Any(c => c.Status is SessionStatus.Queued or SessionStatus.Active);
}

public sealed record ChatSummary(long Id, string Channel, SessionStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt, int Messages);

public sealed record TicketSummary(int Number, string Channel, TicketStatus Status, DateTimeOffset CreatedAt);

public sealed record MailSummary(long Id, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? FailedAt);

/// <summary>How an erase went. <see cref="Refused"/>: a chat with the address is still running; nothing changed.</summary>
public sealed record EraseResult(bool Refused, int Chats, int Tickets, int Mails, int OtherTexts)
{
    public static readonly EraseResult InProgress = new(true, 0, 0, 0, 0);

    public string Describe() =>
        $"{Chats} chat(s), {Tickets} ticket(s), {Mails} mail(s) anonymised; the address removed from {OtherTexts} other text(s)";
}

/// <summary>The exported file: <c>{"format": "chatdesk-personal-data", "version": 1, ...}</c>.</summary>
public sealed record PersonalDataExport(string Format, int Version, string Email, DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedChat> Chats, IReadOnlyList<ExportedTicket> Tickets, IReadOnlyList<ExportedMail> Mails)
{
    public const string FormatName = "chatdesk-personal-data";
}

public sealed record ExportedChat(long Id, string Channel, string Status, string? EndReason, DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt, CustomerDetails Customer, string? PageUrl, string? Agent, int? Rating, string? RatingComment,
    IReadOnlyList<ExportedMessage> Messages, IReadOnlyList<ExportedNote> InternalNotes);

/// <summary>Staff's internal notes on the chat: never shown to the customer in the chat, but personal data about them,
/// so a subject access export includes them.</summary>
public sealed record ExportedNote(DateTimeOffset At, string By, string Text);

public sealed record ExportedMessage(int Sequence, DateTimeOffset SentAt, string Author, string AuthorName, string Kind, string Text);

public sealed record ExportedTicket(int Number, string Channel, string Status, string Category, string Priority,
    DateTimeOffset CreatedAt, CustomerDetails Customer, string Question, IReadOnlyList<ExportedTicketEvent> History);

public sealed record ExportedTicketEvent(DateTimeOffset At, string Kind, string By, string Text);

public sealed record ExportedMail(long Id, string To, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    DateTimeOffset? FailedAt, string TextBody);
