using System.Globalization;
using ChatDesk.Features.Admin.Channels;

namespace ChatDesk.Tests.Features.Admin.Channels;

public sealed class ColourContrastTests
{
    [Theory]
    [InlineData("#ffffff", "1.0", "21.0")]
    [InlineData("#000000", "21.0", "1.0")]
    [InlineData("#1565c0", "5.7", "3.6")]
    [InlineData("#ffff00", "1.0", "19.5")]
    public void RatiosFollowTheWcagFormula(string colour, string white, string black)
    {
        var contrast = ColourContrast.Of(colour)!;

        Assert.Equal(white, ColourContrast.Show(contrast.White, CultureInfo.InvariantCulture));
        Assert.Equal(black, ColourContrast.Show(contrast.Black, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("#ffff00", true)]
    [InlineData("#777777", true)] // 4.48:1, just under the line
    [InlineData("#767676", false)] // 4.54:1, the lightest grey that passes
    [InlineData("#1565c0", false)]
    public void WhiteTextBelowFourAndAHalfIsTooLow(string colour, bool tooLow) =>
        Assert.Equal(tooLow, ColourContrast.Of(colour)!.WhiteTooLow);

    [Fact]
    public void AJustFailingRatioIsNeverShownAsPassing() =>
        Assert.Equal("4.4", ColourContrast.Show(ColourContrast.Of("#777777")!.White, CultureInfo.InvariantCulture));

    [Fact]
    public void SwedishShowsADecimalComma() =>
        Assert.Equal("5,7", ColourContrast.Show(ColourContrast.Of("#1565C0")!.White, CultureInfo.GetCultureInfo("sv-SE")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#gggggg")]
    public void ATextThatIsNoColourHasNoContrast(string? text) => Assert.Null(ColourContrast.Of(text));
}
