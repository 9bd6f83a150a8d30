namespace ChatDesk.Features.Email;

public sealed class ReplyTemplate
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Language { get; set; } = "en";
    public string Subject { get; set; } = "";
    /// <summary>Body with placeholders such as {customer.name}, {agent.name}, {channel.name}, {date}, {messages}, {ticket.number}.</summary>
    public string Body { get; set; } = "";
    /// <summary>Set on the built-in templates the app itself sends with.</summary>
    public SystemTemplate? System { get; set; }
}

public enum SystemTemplate { ChatTranscript, TicketConfirmation }
