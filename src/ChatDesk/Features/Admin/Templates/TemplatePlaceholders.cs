using ChatDesk.Features.Email;

namespace ChatDesk.Features.Admin.Templates;

/// <summary>
/// The placeholders that are really filled for each kind of template, so the editor offers no placeholder that would
/// reach a customer unfilled: the transcript mailer fills the chat's names, date and log; the ticket confirmation
/// the ticket's number and question (there is no agent yet); and a reply template inserted into a chat gets only
/// the customer's and agent's names (ReplyLibrary.Fill). All of them are TemplateRenderer's own names.
/// </summary>
public static class TemplatePlaceholders
{
    public const string CustomerName = "customer.name", AgentName = "agent.name", ChannelName = "channel.name",
        Date = "date", Messages = "messages", TicketNumber = "ticket.number", TicketQuestion = "ticket.question";

    public static IReadOnlyList<string> For(SystemTemplate? kind) => kind switch
    {
        SystemTemplate.ChatTranscript => [CustomerName, AgentName, ChannelName, Date, Messages],
        SystemTemplate.TicketConfirmation => [CustomerName, ChannelName, Date, TicketNumber, TicketQuestion],
        _ => [CustomerName, AgentName],
    };

    public static string Token(string name) => "{" + name + "}";
}
