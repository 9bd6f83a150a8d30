using System.Globalization;
using System.Text;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Email;

namespace ChatDesk.Features.Tickets;

/// <summary>An agent's answer to a ticket as an e-mail in the channel's language: the reply, the agent's
/// customer-facing name and the request it answers. Every value is text; the HTML body encodes all of it (rule 8).</summary>
internal static class TicketReplyMail
{
    // A chat log can be 20 000 characters; the start is enough to remind the customer what they asked.
    private const int QuotedLength = 4000;

    private sealed record Wording(string Language, string Subject, string YourRequest);

    private static readonly Wording English = new("en", "Re: your request #{0}", "Your request #{0}:");
    private static readonly Wording Swedish = new("sv", "Sv: ditt ärende #{0}", "Ditt ärende #{0}:");

    public static RenderedMail Compose(ChatChannel channel, Ticket ticket, string agentName, string reply)
    {
        var wording = channel.Language.Trim().Equals("sv", StringComparison.OrdinalIgnoreCase) ? Swedish : English;
        var number = ticket.Number.ToString(CultureInfo.InvariantCulture);
        var subject = string.Format(CultureInfo.InvariantCulture, wording.Subject, number);
        var heading = string.Format(CultureInfo.InvariantCulture, wording.YourRequest, number);
        var signature = $"{TemplateRenderer.Clean(agentName)}\n{TemplateRenderer.Clean(channel.Name)}";
        var question = Quote(TemplateRenderer.Clean(ticket.Question));

        var text = $"{reply}\n\n{signature}\n\n{heading}\n{string.Join('\n', question.Split('\n').Select(l => "> " + l))}\n";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(wording.Language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(TemplateRenderer.Encode(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222\">\n");
        foreach (var paragraph in reply.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(TemplateRenderer.Encode(paragraph)).Append("</p>\n");
        html.Append("<p>").Append(TemplateRenderer.Encode(signature)).Append("</p>\n")
            .Append("<p style=\"color:#555\">").Append(TemplateRenderer.Encode(heading)).Append("</p>\n")
            .Append("<blockquote style=\"margin:0;padding-left:8px;border-left:3px solid #ccc;color:#555\">")
            .Append(TemplateRenderer.Encode(question)).Append("</blockquote>\n</body></html>\n");
        return new RenderedMail(subject, text, html.ToString());
    }

    private static string Quote(string question) =>
        question.Length > QuotedLength ? question[..(QuotedLength - 1)] + "…" : question;
}
