using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class LinkTextTests : ComponentTestContext
{
    [Fact]
    public void OnlyHttpAndHttpsAddressesBecomeLinks()
    {
        var text = Render<LinkedText>(p => p.Add(t => t.Text,
            "FAQ: http://127.0.0.1:5000/faq/3, javascript:alert(1) data:text/html,<script>alert(1)</script> ftp://files.example"));

        var link = Assert.Single(text.FindAll("a"));
        Assert.Equal("http://127.0.0.1:5000/faq/3", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
        Assert.Empty(text.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", text.Markup.Replace("&lt;", "<").Replace("&gt;", ">"));
    }

    [Fact]
    public void MarkupCannotBreakOutOfALink()
    {
        var text = Render<LinkedText>(p => p.Add(t => t.Text, "https://nordhem.example/a\"><img src=x onerror=alert(1)>b"));

        var link = Assert.Single(text.FindAll("a"));
        Assert.Equal("https://nordhem.example/a", link.GetAttribute("href"));
        Assert.Empty(text.FindAll("img"));
        Assert.Null(link.GetAttribute("onerror"));
    }

    [Theory]
    [InlineData("https://nordhem.example/x", true)]
    [InlineData("HTTPS://NORDHEM.EXAMPLE/x", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("/faq/3", false)]
    public void IsWebAddressAcceptsOnlyAbsoluteHttpAndHttps(string value, bool expected) =>
        Assert.Equal(expected, LinkText.IsWebAddress(value));

    [Fact]
    public void ASentencesFullStopStaysOutOfTheLink() =>
        Assert.Equal([("See ", false), ("https://nordhem.example/returns", true), (". Thanks", false)],
            LinkText.Split("See https://nordhem.example/returns. Thanks"));
}
