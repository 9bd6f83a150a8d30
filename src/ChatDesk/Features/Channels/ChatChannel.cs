namespace ChatDesk.Features.Channels;

/// <summary>One chat audience in one language (SuperOffice calls it a chat topic).</summary>
public sealed class ChatChannel
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Used in links: /chat/{slug}.</summary>
    public string Slug { get; set; } = "";
    /// <summary>Customer-facing language, "en" or "sv".</summary>
    public string Language { get; set; } = "en";
    public string BadgeText { get; set; } = "";
    public string Description { get; set; } = "";
    public WidgetLook Look { get; set; } = new();
    /// <summary>Placeholders {position} and {wait}; empty means the built-in localized text.</summary>
    public string QueueMessage { get; set; } = "";
    /// <summary>Sent to the customer when an agent joins.</summary>
    public string WelcomeMessage { get; set; } = "";
    public AgentNameStyle AgentName { get; set; } = AgentNameStyle.FirstName;
    public OpeningHours Hours { get; set; } = new();
    public PreChatForm PreChat { get; set; } = new();
    public PostChatForm PostChat { get; set; } = new();
    public OfflineForm Offline { get; set; } = new();
    /// <summary>Offer the offline form after this many minutes in the queue (null: never).</summary>
    public int? QueueFallbackMinutes { get; set; }
    /// <summary>Offer the offline form when the queue is this long (null: never).</summary>
    public int? QueueFallbackLength { get; set; }
    public int WarningMinutes { get; set; } = 2;
    public int ManagerWarningMinutes { get; set; } = 5;
    public RoutingMode Routing { get; set; } = RoutingMode.Manual;
    /// <summary>An active chat with no message for this long ends as idle.</summary>
    public int IdleMinutes { get; set; } = 30;
    /// <summary>Ended chats and closed tickets keep their personal data this many days (see RetentionJob); 0 keeps it forever.</summary>
    public int RetentionDays { get; set; } = 365;
    /// <summary>New chats go to a bot first (status Bot), which answers over the staff API and hands off or resolves.</summary>
    public bool BotFirst { get; set; }
    /// <summary>Attachment limits of this channel; null (or empty) takes Attachments:* (Features/Attachments).</summary>
    public int? AttachmentMaxMegabytes { get; set; }
    public int? AttachmentMaxPerChat { get; set; }
    public string? AttachmentTypes { get; set; }
    public List<ChannelMember> Members { get; set; } = [];
}

public enum AgentNameStyle { FirstName, Nickname }

public enum RoutingMode { Manual, Automatic }
