using ChatDesk.Features.Email;

namespace ChatDesk.Tests.Features.Email;

public sealed class MailSafeTextTests
{
    [Theory]
    [InlineData("See https://evil.example/login now", "See https[:]//evil[.]example/login now")]
    [InlineData("go to example.com/x", "go to example[.]com/x")]
    [InlineData("www.example.org", "www[.]example[.]org")]
    [InlineData("mail me: anna@example.com", "mail me: anna@example[.]com")]
    [InlineData("javascript:alert(1)", "javascript[:]alert(1)")]
    [InlineData("Köp på butik.se i dag", "Köp på butik[.]se i dag")]
    [InlineData("HTTP://EXAMPLE.COM", "HTTP[:]//EXAMPLE[.]COM")]
    public void LinksAreDefangedSoTheyReadButDoNotClick(string input, string expected) =>
        Assert.Equal(expected, MailSafeText.Neutralise(input));

    [Theory]
    [InlineData("<a href=\"https://evil.example\">Click here</a> please", "Click here please")]
    [InlineData("<b>bold</b><!-- hidden --> <img src=x onerror=alert(1)>", "bold ")]
    [InlineData("<script>alert(1)</script>", "alert(1)")]
    public void MarkupIsRemovedAndItsTextKept(string input, string expected) =>
        Assert.Equal(expected, MailSafeText.Neutralise(input));

    [Theory]
    [InlineData("Where is my order? It was 2.5 kg, e.g. heavy.")]
    [InlineData("Price < 100 and > 50")]
    [InlineData("Märta Åkesson")]
    [InlineData("Note: the time is 12:30")]
    public void OrdinaryTextIsLeftAlone(string text) => Assert.Equal(text, MailSafeText.Neutralise(text));
}
