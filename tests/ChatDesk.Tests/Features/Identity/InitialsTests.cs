using ChatDesk.Features.Identity;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>One rule for every avatar: the workspace's customers and the customer page's agents.</summary>
public sealed class InitialsTests
{
    [Theory]
    [InlineData("Anna Berg", "AB")]
    [InlineData("Åsa Öberg", "ÅÖ")]
    [InlineData("anna maria svensson", "AS")]
    [InlineData("Örjan van der Åkesson", "ÖÅ")]
    [InlineData("Kim", "K")]
    [InlineData("  Bo  ", "B")]
    [InlineData("", "?")]
    [InlineData("  ", "?")]
    [InlineData(null, "?")]
    [InlineData("(Anna) Berg", "AB")]
    [InlineData("\"Bob\" (guest)", "BG")]
    [InlineData("Anna -", "A")]
    [InlineData("- ( )", "?")]
    [InlineData("R2 D2", "RD")]
    public void TakesEachWordsFirstLetterOfTheFirstAndLastWord(string? name, string expected) => Assert.Equal(expected, Initials.Of(name));

    [Fact]
    public void ALetterOutsideTheBasicPlaneOrWithACombiningAccentStaysWhole()
    {
        Assert.Equal("𝒜B", Initials.Of("𝒜lice berg"));
        Assert.Equal("E\u0301B", Initials.Of("e\u0301va berg"));
    }

    [Fact]
    public void TheSameNameAlwaysGetsTheSameColour()
    {
        Assert.Equal(Initials.Colour("Åsa Öberg"), Initials.Colour(" åsa öberg "));
        Assert.Matches("^#[0-9a-f]{6}$", Initials.Colour("Kim"));
    }
}
