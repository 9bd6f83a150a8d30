using System.Text;

namespace ChatDesk.Features.Email;

/// <summary>The {messages} block of an HTML mail: a table of time, author and text, every cell encoded.</summary>
internal static class ChatLogHtml
{
    private const string Padding = "padding:4px 8px;vertical-align:top;text-align:left";
    private const string Cell = Padding + ";border-bottom:1px solid #ddd";

    public static void AppendTable(StringBuilder html, IReadOnlyList<TranscriptLine> lines, TemplateLanguage language)
    {
        if (lines.Count == 0) return;
        html.Append("<table style=\"border-collapse:collapse;margin:8px 0\">\n<thead><tr>")
            .Append(Header(language.TimeHeader)).Append(Header(language.AuthorHeader)).Append(Header(language.TextHeader))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var line in lines)
        {
            html.Append("<tr><td style=\"").Append(Cell).Append(";white-space:nowrap;color:#666\">")
                .Append(ChatLog.Time(line)).Append("</td>");
            if (line.Author is null)
                html.Append("<td colspan=\"2\" style=\"").Append(Cell).Append(";font-style:italic;color:#666\">");
            else
                html.Append("<td style=\"").Append(Cell).Append(";font-weight:600\">")
                    .Append(TemplateRenderer.Encode(TemplateRenderer.Clean(line.Author))).Append("</td><td style=\"").Append(Cell).Append("\">");
            var text = TemplateRenderer.Encode(TemplateRenderer.Clean(line.Text));
            if (line.Link is not null) text = $"<a href=\"{TemplateRenderer.Encode(line.Link)}\">{text}</a>";
            html.Append(text).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Header(string label) =>
        $"<th scope=\"col\" style=\"{Padding};border-bottom:2px solid #bbb\">{TemplateRenderer.Encode(label)}</th>";
}
