using System.Globalization;
using System.Text;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Email;

/// <summary>A session's messages as the lines of a transcript, in one reader's time zone.</summary>
internal static class ChatLog
{
    /// <summary>Every message the customer saw, in sequence order; events become system lines without an author.
    /// <paramref name="links"/>: attachment links by message id.</summary>
    public static IReadOnlyList<TranscriptLine> Lines(ChatSession session, TimeZoneInfo zone, IReadOnlyDictionary<long, string>? links = null) =>
    [
        .. session.Messages.OrderBy(m => m.Sequence).Select(m => new TranscriptLine(
            TimeZoneInfo.ConvertTime(m.SentAt, zone), AuthorOf(session, m), m.Text, links?.GetValueOrDefault(m.Id))),
    ];

    /// <summary>The first id that names a zone this machine knows; UTC when none does.</summary>
    public static TimeZoneInfo ResolveZone(params string?[] zoneIds)
    {
        foreach (var id in zoneIds)
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
                return zone;
        return TimeZoneInfo.Utc;
    }

    /// <summary>"[14:05] Anna: Hello", one line per message; a message's own line breaks are indented under it.</summary>
    public static string FormatText(IEnumerable<TranscriptLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append('[').Append(Time(line)).Append("] ");
            if (line.Author is not null) text.Append(TemplateRenderer.Clean(line.Author)).Append(": ");
            text.Append(TemplateRenderer.Clean(line.Text).Replace("\n", "\n        ", StringComparison.Ordinal));
            if (line.Link is not null) text.Append(" <").Append(line.Link).Append('>');
        }
        return text.ToString();
    }

    public static string Time(TranscriptLine line) => line.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? AuthorOf(ChatSession session, ChatMessage message)
    {
        if (message.Kind == MessageKind.Event) return null;
        if (!string.IsNullOrWhiteSpace(message.AuthorName)) return message.AuthorName;
        return message.Author switch
        {
            AuthorKind.Customer => session.Customer.Name,
            AuthorKind.Agent => session.AgentDisplayName ?? "",
            _ => null,
        };
    }
}
