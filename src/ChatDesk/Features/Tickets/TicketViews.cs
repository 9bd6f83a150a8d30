using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Tickets;

/// <summary>Which tickets the list shows. Null means any status, or every channel the user is a member of.</summary>
public sealed record TicketFilter(TicketStatus? Status = null, int? ChannelId = null);

/// <summary>A channel the user is a member of, for the list's channel filter.</summary>
public sealed record TicketChannel(int Id, string Name);

/// <summary>One row of the ticket list. <paramref name="Summary"/> is the first line of the question.</summary>
public sealed record TicketRow(
    int Number, DateTimeOffset CreatedAt, string ChannelName, string CustomerName, string Category,
    TicketPriority Priority, TicketStatus Status, string Summary);

/// <summary>Everything the ticket page shows. <paramref name="FromChat"/>: the question is a chat log.</summary>
public sealed record TicketDetails(
    int Number, DateTimeOffset CreatedAt, string ChannelName, string ChannelLanguage, CustomerDetails Customer,
    string Question, bool FromChat, string Category, TicketPriority Priority, TicketStatus Status,
    bool CanEmailCustomer, IReadOnlyList<TicketHistoryLine> History);

public sealed record TicketHistoryLine(DateTimeOffset At, TicketEventKind Kind, string ByName, string Text);

public enum ReplyOutcome { Sent, NotFound, Empty, TooLong, NoAddress }

public enum StatusOutcome { Changed, Unchanged, NotFound }
