using ChatDesk.Features.CustomerChat;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class AccentColorsTests
{
    [Theory]
    [InlineData("#2e7d32", "#ffffff")] // the Swedish demo channel's green
    [InlineData("#1565c0", "#ffffff")]
    [InlineData("#ffeb3b", "#000000")] // a pale yellow needs black
    [InlineData("#00bcd4", "#000000")]
    [InlineData("#000", "#ffffff")]
    [InlineData("#fff", "#000000")]
    public void TextOnTheAccentIsWhicheverOfBlackAndWhiteContrastsMore(string accent, string expected)
    {
        Assert.Equal(expected, AccentColors.TextOn(accent));
        Assert.True(AccentColors.Contrast(accent, expected) >= 4.5);
    }

    [Theory]
    [InlineData("#ffeb3b")]
    [InlineData("#00bcd4")]
    [InlineData("#ffffff")]
    [InlineData("#1565c0")]
    public void TheInkVersionIsReadableOnWhite(string accent)
    {
        var colors = AccentColors.For(accent);
        Assert.True(AccentColors.Contrast(colors.AccentOnWhite, "#ffffff") >= 4.5, colors.AccentOnWhite);
    }

    [Fact]
    public void ADarkEnoughColourIsKeptAsItIsForLinks()
    {
        var colors = AccentColors.For("#2E7D32");
        Assert.Equal("#2e7d32", colors.Accent);
        Assert.Equal("#2e7d32", colors.AccentOnWhite);
    }

    [Fact]
    public void APaleColourIsDarkenedKeepingItsHue()
    {
        var ink = AccentColors.For("#ffeb3b").AccentOnWhite;
        Assert.NotEqual("#000000", ink);
        var red = Convert.ToInt32(ink[1..3], 16);
        var blue = Convert.ToInt32(ink[5..7], 16);
        Assert.True(red > blue, ink); // still a yellow (red and green high, blue low)
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#12345")]
    public void ABrokenColourFallsBackToTheDefaultBlue(string? color) =>
        Assert.Equal(new AccentColors("#1565c0", "#ffffff", "#1565c0"), AccentColors.For(color));

    [Fact]
    public void TheStyleCarriesTheCustomProperties() =>
        Assert.Equal("--accent: #2e7d32; --accent-text: #ffffff; --accent-ink: #2e7d32; --channel-color: #2e7d32;", AccentColors.For("#2e7d32").Style);
}
