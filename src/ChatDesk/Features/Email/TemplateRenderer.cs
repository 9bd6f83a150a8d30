using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ChatDesk.Features.Email;

/// <summary>Fills a template's {placeholders}. Templates and values are plain text: the HTML body encodes every
/// character of both, so nothing a customer or agent typed can become markup (design rule 8).</summary>
public sealed partial class TemplateRenderer
{
    private const string MessagesName = "messages";
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public RenderedMail Render(ReplyTemplate template, TemplateValues values)
    {
        var language = TemplateLanguage.For(template.Language);
        var text = TextValues(values, language);
        var lines = values.Messages ?? [];
        var subject = Whitespace().Replace(Fill(Normalize(template.Subject), text, ""), " ").Trim();
        var body = Normalize(template.Body);
        var textBody = Fill(body, text, ChatLog.FormatText(lines));
        return new RenderedMail(subject, textBody, HtmlDocument(subject, body, text, lines, language));
    }

    private static Dictionary<string, string> TextValues(TemplateValues values, TemplateLanguage language) => new()
    {
        ["customer.name"] = Clean(values.CustomerName),
        ["agent.name"] = Clean(values.AgentName),
        ["channel.name"] = Clean(values.ChannelName),
        ["date"] = values.Date?.ToString(language.DateFormat, language.Culture) ?? "",
        ["ticket.number"] = values.TicketNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["ticket.question"] = Clean(values.TicketQuestion),
    };

    // One pass, so a value that itself contains "{customer.name}" is never expanded again.
    private static string Fill(string template, Dictionary<string, string> values, string messages) =>
        Placeholder().Replace(template, m =>
            m.Groups[1].Value == MessagesName ? messages
            : values.TryGetValue(m.Groups[1].Value, out var value) ? value
            : m.Value);

    private static string HtmlDocument(string subject, string body, Dictionary<string, string> values,
        IReadOnlyList<TranscriptLine> lines, TemplateLanguage language)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(Html.Encode(language.Culture.TwoLetterISOLanguageName))
            .Append("\"><head><meta charset=\"utf-8\"><title>").Append(Html.Encode(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222\">\n");
        foreach (var paragraph in ParagraphBreak().Split(body))
        {
            // The template is split before filling, so only the template's own {messages} becomes the table.
            var parts = MessagesPlaceholder().Split(paragraph);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) ChatLogHtml.AppendTable(html, lines, language);
                var filled = Fill(parts[i], values, "").Trim('\n');
                if (filled.Trim().Length > 0) html.Append("<p>").Append(Encode(filled)).Append("</p>\n");
            }
        }
        return html.Append("</body></html>\n").ToString();
    }

    internal static string Encode(string text) => Html.Encode(text).Replace("&#xA;", "<br>\n", StringComparison.Ordinal);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Line breaks and tabs survive; other control characters (rule 8) do not.</summary>
    internal static string Clean(string? value) =>
        value is null ? "" : string.Concat(Normalize(value).Where(c => c is '\n' or '\t' || !char.IsControl(c)));

    [GeneratedRegex(@"\{([a-z]+(?:\.[a-z]+)*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{messages\}")]
    private static partial Regex MessagesPlaceholder();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
