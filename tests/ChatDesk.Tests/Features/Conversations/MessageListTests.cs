using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class MessageListTests : ComponentTestContext
{
    private static ChatMessage Message(int sequence, string text, AuthorKind author = AuthorKind.Customer) => new()
    {
        Sequence = sequence, Author = author, AuthorName = author == AuthorKind.Agent ? "Anna" : "Åsa", Text = text,
        SentAt = new DateTimeOffset(2026, 1, 15, 13, 5, 0, TimeSpan.Zero),
    };

    [Fact]
    public void ShowsHtmlFromAnyoneAsText()
    {
        var list = Render<MessageList>(p => p.Add(m => m.Messages, [Message(1, "<img src=x onerror=alert(1)><b>bold</b>")]));

        Assert.Empty(list.FindAll("img"));
        Assert.Empty(list.FindAll("b"));
        Assert.Contains("<img src=x onerror=alert(1)><b>bold</b>", list.Find(".message-text").TextContent);
    }

    [Fact]
    public void MakesWebAddressesSafeLinksAndNothingElse()
    {
        var list = Render<MessageList>(p => p.Add(m => m.Messages,
            [Message(1, "See https://nordhem.example/returns. Not javascript:alert(1) or www.example.com")]));

        var link = Assert.Single(list.FindAll("a"));
        Assert.Equal("https://nordhem.example/returns", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
    }

    [Fact]
    public void ShowsTimesInTheViewersTimeZoneAndAnnouncesNewMessages()
    {
        var stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

        var list = Render<MessageList>(p => p
            .Add(m => m.Messages, [Message(1, "Hello", AuthorKind.Agent)])
            .Add(m => m.TimeZone, stockholm));

        Assert.Equal("14:05", list.Find(".message-time").TextContent);
        var log = list.Find("[role=log]");
        Assert.Equal("polite", log.GetAttribute("aria-live"));
        Assert.Single(log.QuerySelectorAll("ol > li"));
    }
}
