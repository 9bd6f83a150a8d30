using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Email;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>
/// The configuration file's root. Everything is named by its natural key rather than a database id: channels by
/// slug, folders by path (a list of names, root first, so a name may hold any character), articles by folder,
/// language and title, templates by name and language (system templates by kind and language), staff by user
/// name. Passwords and hashes are never part of it.
/// </summary>
public sealed class ConfigurationDocument
{
    public const string FormatName = "chatdesk-config";
    public const int CurrentVersion = 1;

    public string Format { get; set; } = FormatName;
    public int Version { get; set; } = CurrentVersion;
    public List<StaffUserForm> Staff { get; set; } = [];
    public List<FaqFolderEntry> FaqFolders { get; set; } = [];
    public List<FaqArticleEntry> FaqArticles { get; set; } = [];
    public List<ReplyTemplateEntry> Templates { get; set; } = [];
    public List<ChannelEntry> Channels { get; set; } = [];
}

public sealed class FaqFolderEntry
{
    public List<string> Path { get; set; } = [];
}

public sealed class FaqArticleEntry
{
    public List<string> Folder { get; set; } = [];
    public string Language { get; set; } = "en";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public bool Published { get; set; } = true;
    public bool Public { get; set; } = true;
}

public sealed class ReplyTemplateEntry
{
    public string Name { get; set; } = "";
    public string Language { get; set; } = "en";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public SystemTemplate? System { get; set; }
}

/// <summary>Every <see cref="ChatChannel"/> setting; the look, hours and forms reuse the domain classes so a new
/// setting there travels in the file without more code, except the pre-chat FAQ folder (an id in the database).</summary>
public sealed class ChannelEntry
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Language { get; set; } = "en";
    public string BadgeText { get; set; } = "";
    public string Description { get; set; } = "";
    public WidgetLook Look { get; set; } = new();
    public string QueueMessage { get; set; } = "";
    public string WelcomeMessage { get; set; } = "";
    public AgentNameStyle AgentName { get; set; } = AgentNameStyle.FirstName;
    public OpeningHours Hours { get; set; } = new();
    public PreChatEntry PreChat { get; set; } = new();
    public PostChatForm PostChat { get; set; } = new();
    public OfflineForm Offline { get; set; } = new();
    public int? QueueFallbackMinutes { get; set; }
    public int? QueueFallbackLength { get; set; }
    public int WarningMinutes { get; set; } = 2;
    public int ManagerWarningMinutes { get; set; } = 5;
    public RoutingMode Routing { get; set; } = RoutingMode.Manual;
    public bool BotFirst { get; set; }
    public int IdleMinutes { get; set; } = 30;
    public int RetentionDays { get; set; } = 365;
    /// <summary>Attachment limits; absent (null) takes the installation's Attachments:* settings.</summary>
    public int? AttachmentMaxMegabytes { get; set; }
    public int? AttachmentMaxPerChat { get; set; }
    public string? AttachmentTypes { get; set; }
    public List<MemberEntry> Members { get; set; } = [];
}

public sealed class PreChatEntry
{
    public bool Enabled { get; set; } = true;
    public string Message { get; set; } = "";
    public CustomerFields RequiredFields { get; set; } = CustomerFields.Name | CustomerFields.Email;
    public string ConsentText { get; set; } = "";
    public bool FaqSuggestions { get; set; }
    /// <summary>Folder path, root first; null for all folders.</summary>
    public List<string>? FaqFolder { get; set; }
}

public sealed class MemberEntry
{
    public string UserName { get; set; } = "";
    public bool CanRespond { get; set; } = true;
    public bool Notifications { get; set; } = true;
    public bool CanListenIn { get; set; }
    public bool IsManager { get; set; }
}
