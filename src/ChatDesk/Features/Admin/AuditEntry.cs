namespace ChatDesk.Features.Admin;

/// <summary>One administrative change: who made it, when, and what it was.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorUserId { get; set; } = "";
    public string ActorName { get; set; } = "";
    /// <summary>What kind of thing changed: "channel", "faq", "template", "staff", "config".</summary>
    public string Area { get; set; } = "";
    /// <summary>"created", "updated", "deleted", "imported", ...</summary>
    public string Action { get; set; } = "";
    /// <summary>The thing itself, by name or id, e.g. "channel support".</summary>
    public string Subject { get; set; } = "";
    /// <summary>What changed, e.g. "PreChat.FaqSuggestions: True → False".</summary>
    public string Details { get; set; } = "";
}
