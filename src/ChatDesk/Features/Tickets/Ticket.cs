using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Tickets;

/// <summary>A request left for later handling: from the offline form or created from a chat.</summary>
public sealed class Ticket
{
    public long Id { get; set; }
    /// <summary>Shown to the customer as "#1042"; starts above 1000 so it reads like a real case number.</summary>
    public int Number { get; set; }
    public int ChannelId { get; set; }
    public CustomerDetails Customer { get; set; } = new();
    public string Question { get; set; } = "";
    public string Category { get; set; } = "";
    public TicketPriority Priority { get; set; } = TicketPriority.Normal;
    public TicketStatus Status { get; set; } = TicketStatus.Open;
    public long? SourceSessionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When retention or an erase removed the customer's details and texts (Features/Privacy).</summary>
    public DateTimeOffset? AnonymizedAt { get; set; }
}

public enum TicketStatus { Open, Pending, Closed }
