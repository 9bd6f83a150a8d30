using ChatDesk.Data.Seeding;
using ChatDesk.Features.Email;

namespace ChatDesk.Tests.Features.Email;

public sealed class TemplateRendererTests
{
    private readonly TemplateRenderer renderer = new();

    private static readonly DateTimeOffset Afternoon = new(2026, 1, 14, 14, 5, 0, TimeSpan.FromHours(1));

    private static ReplyTemplate Template(string body, string subject = "Subject", string language = "en") =>
        new() { Language = language, Subject = subject, Body = body };

    private static ReplyTemplate Seeded(SystemTemplate kind, string language) =>
        DemoTemplates.All().Single(t => t.System == kind && t.Language == language);

    private static TemplateValues Chat(params TranscriptLine[] lines) =>
        new(CustomerName: "Anna", AgentName: "Erik", ChannelName: "Support", Date: Afternoon, Messages: lines);

    [Fact]
    public void FillsEveryKnownPlaceholder()
    {
        var mail = renderer.Render(
            Template("{customer.name}|{agent.name}|{channel.name}|{date}|{ticket.number}|{ticket.question}", "#{ticket.number} for {customer.name}"),
            new TemplateValues("Anna", "Erik", "Support", Afternoon, TicketNumber: 1042, TicketQuestion: "Where is my order?"));

        Assert.Equal("#1042 for Anna", mail.Subject);
        Assert.Equal("Anna|Erik|Support|14 January 2026|1042|Where is my order?", mail.TextBody);
    }

    [Fact]
    public void LeavesUnknownPlaceholdersAsTheyAreAndEmptiesKnownOnesWithoutAValue()
    {
        var mail = renderer.Render(Template("Order {order.id} for {customer.name}, agent '{agent.name}'"), new TemplateValues("Anna"));

        Assert.Equal("Order {order.id} for Anna, agent ''", mail.TextBody);
    }

    [Fact]
    public void AValueThatLooksLikeAPlaceholderIsNotExpanded()
    {
        var mail = renderer.Render(Template("Hi {customer.name}"), new TemplateValues("{agent.name}", AgentName: "Erik"));

        Assert.Equal("Hi {agent.name}", mail.TextBody);
    }

    [Fact]
    public void ScriptInCustomerTextIsEscapedInTheHtmlBodyAndKeptLiteralInTheText()
    {
        var values = Chat(new TranscriptLine(Afternoon, "<b>Eve</b>", "<script>alert('x')</script> & more")) with { CustomerName = "<img src=x onerror=alert(1)>" };

        var mail = renderer.Render(Seeded(SystemTemplate.ChatTranscript, "en"), values);

        Assert.DoesNotContain("<script", mail.HtmlBody);
        Assert.DoesNotContain("<b>", mail.HtmlBody);
        Assert.DoesNotContain("<img", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        Assert.Contains("&amp; more", mail.HtmlBody);
        Assert.Contains("[14:05] <b>Eve</b>: <script>alert('x')</script> & more", mail.TextBody);
        Assert.StartsWith("Hi <img src=x onerror=alert(1)>,", mail.TextBody);
    }

    [Fact]
    public void TemplateTextIsEscapedInTheHtmlBodyToo()
    {
        var mail = renderer.Render(Template("Use <b>bold</b> & {customer.name}"), new TemplateValues("Anna"));

        Assert.Contains("<p>Use &lt;b&gt;bold&lt;/b&gt; &amp; Anna</p>", mail.HtmlBody);
    }

    [Fact]
    public void KeepsParagraphsAndLineBreaksInTheHtmlBody()
    {
        var mail = renderer.Render(Template("Hi {customer.name},\n\nLine one\nLine two\r\n\r\nBye"), new TemplateValues("Anna"));

        Assert.Contains("<p>Hi Anna,</p>", mail.HtmlBody);
        Assert.Contains("<p>Line one<br>\nLine two</p>", mail.HtmlBody);
        Assert.Contains("<p>Bye</p>", mail.HtmlBody);
        Assert.Equal("Hi Anna,\n\nLine one\nLine two\n\nBye", mail.TextBody);
    }

    [Fact]
    public void WritesMessagesAsTimeAuthorAndTextLinesInTheTextBody()
    {
        var mail = renderer.Render(Template("Log:\n{messages}\nEnd"), Chat(
            new TranscriptLine(Afternoon, "Anna", "Hello"),
            new TranscriptLine(Afternoon.AddMinutes(1), null, "Erik joined the chat"),
            new TranscriptLine(Afternoon.AddMinutes(2), "Erik", "Hi Anna!\nHow can I help?")));

        Assert.Equal("Log:\n[14:05] Anna: Hello\n[14:06] Erik joined the chat\n[14:07] Erik: Hi Anna!\n        How can I help?\nEnd", mail.TextBody);
    }

    [Fact]
    public void WritesMessagesAsATableOfTimeAuthorAndTextInTheHtmlBody()
    {
        var mail = renderer.Render(Seeded(SystemTemplate.ChatTranscript, "en"), Chat(
            new TranscriptLine(Afternoon, "Anna", "Hello"),
            new TranscriptLine(Afternoon.AddMinutes(1), null, "Chat ended")));

        Assert.Contains("<table", mail.HtmlBody);
        Assert.Matches(@"<tr><td[^>]*>14:05</td><td[^>]*>Anna</td><td[^>]*>Hello</td></tr>", mail.HtmlBody);
        Assert.Matches(@"<tr><td[^>]*>14:06</td><td colspan=""2""[^>]*>Chat ended</td></tr>", mail.HtmlBody);
        Assert.DoesNotContain("{messages}", mail.HtmlBody);
        // The table stands between paragraphs, never inside one.
        Assert.DoesNotMatch(@"<p>[^<]*<table", mail.HtmlBody);
    }

    [Fact]
    public void ASwedishTemplateWritesTheDateInSwedish()
    {
        var mail = renderer.Render(Seeded(SystemTemplate.ChatTranscript, "sv"), Chat());

        Assert.Equal("Din chatt med Support den 14 januari 2026", mail.Subject);
        Assert.Contains("Här är loggen från din chatt med Erik den 14 januari 2026.", mail.TextBody);
        Assert.Contains("<html lang=\"sv\">", mail.HtmlBody);
    }

    [Fact]
    public void AnEnglishTemplateWritesTheDateInBritishEnglish()
    {
        var mail = renderer.Render(Seeded(SystemTemplate.ChatTranscript, "en"), Chat());

        Assert.Equal("Your chat with Support on 14 January 2026", mail.Subject);
    }

    [Fact]
    public void TheSubjectStaysOnOneLine()
    {
        var mail = renderer.Render(Template("", "Hello {customer.name}!"), new TemplateValues("Anna\r\nBcc: eve@example.com"));

        Assert.Equal("Hello Anna Bcc: eve@example.com!", mail.Subject);
    }

    [Fact]
    public void ControlCharactersInValuesAreDropped()
    {
        var mail = renderer.Render(Template("{customer.name}"), new TemplateValues("An\u0007na\u001b"));

        Assert.Equal("Anna", mail.TextBody);
    }
}
