namespace ChatDesk.Features.Channels;

public sealed class WidgetLook
{
    /// <summary>CSS hex colour of the chat button and header, e.g. "#1565c0".</summary>
    public string Color { get; set; } = "#1565c0";
    public string Header { get; set; } = "";
    public string Message { get; set; } = "";
    public string? LogoUrl { get; set; }
    public bool ShowAgentPhoto { get; set; }
}

/// <summary>Customer fields a form can require; name and e-mail are the usual pair.</summary>
[Flags]
public enum CustomerFields
{
    None = 0,
    Name = 1,
    Email = 2,
    Company = 4,
    Phone = 8,
    Country = 16,
    Consent = 32,
}

public sealed class PreChatForm
{
    public bool Enabled { get; set; } = true;
    public string Message { get; set; } = "";
    public CustomerFields RequiredFields { get; set; } = CustomerFields.Name | CustomerFields.Email;
    public string ConsentText { get; set; } = "";
    public bool FaqSuggestions { get; set; }
    public int? FaqFolderId { get; set; }
}

public sealed class PostChatForm
{
    public bool Enabled { get; set; } = true;
    public string Header { get; set; } = "";
    public string Message { get; set; } = "";
    public bool Rating { get; set; } = true;
    public bool Transcript { get; set; } = true;
}

public sealed class OfflineForm
{
    public string Header { get; set; } = "";
    public string Message { get; set; } = "";
    public bool TicketSubmission { get; set; } = true;
    public CustomerFields RequiredFields { get; set; } = CustomerFields.Name | CustomerFields.Email;
    public string TicketCategory { get; set; } = "Chat";
    public TicketPriority TicketPriority { get; set; } = TicketPriority.Normal;
}

public enum TicketPriority { Low, Normal, High, Urgent }
