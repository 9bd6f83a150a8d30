namespace ChatDesk.Features.Email;

/// <summary>What a template's placeholders are filled with. Null leaves a known placeholder empty.</summary>
/// <param name="Date">Already in the reader's time zone; formatted in the template's language.</param>
public sealed record TemplateValues(
    string? CustomerName = null,
    string? AgentName = null,
    string? ChannelName = null,
    DateTimeOffset? Date = null,
    IReadOnlyList<TranscriptLine>? Messages = null,
    int? TicketNumber = null,
    string? TicketQuestion = null);

/// <summary>One line of a chat log. <paramref name="Author"/> is null for system lines (events).</summary>
/// <param name="LocalTime">Already in the reader's time zone.</param>
/// <param name="Link">An attachment's time-limited link (Features/Attachments); the text is then its file name.</param>
public sealed record TranscriptLine(DateTimeOffset LocalTime, string? Author, string Text, string? Link = null);

public sealed record RenderedMail(string Subject, string TextBody, string HtmlBody)
{
    public EmailMessage To(string address) => new(address, Subject, TextBody, HtmlBody);
}
