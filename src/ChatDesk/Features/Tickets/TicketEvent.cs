namespace ChatDesk.Features.Tickets;

/// <summary>One line of a ticket's history. Rows are only ever added, so the history is also the audit trail.</summary>
public sealed class TicketEvent
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    /// <summary>UTC.</summary>
    public DateTimeOffset At { get; set; }
    public TicketEventKind Kind { get; set; }
    /// <summary>The staff user who did it; null for the customer (the offline form) and the system.</summary>
    public string? ByUserId { get; set; }
    /// <summary>Kept as it was then, so the history still reads right after a rename or a deleted account.</summary>
    public string ByName { get; set; } = "";
    /// <summary>The reply sent, the note, or for a status change "Open → Closed".</summary>
    public string Text { get; set; } = "";
}

public enum TicketEventKind { Created, Reply, StatusChanged, Note }
