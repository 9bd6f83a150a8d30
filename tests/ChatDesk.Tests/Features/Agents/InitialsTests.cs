using ChatDesk.Features.Agents;

namespace ChatDesk.Tests.Features.Agents;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("Åsa Öberg", "ÅÖ")]
    [InlineData("anna maria svensson", "AS")]
    [InlineData("Kim", "K")]
    [InlineData("  ", "?")]
    [InlineData(null, "?")]
    [InlineData("\"Bob\" (guest)", "BG")]
    public void TakesTheFirstLettersOfTheFirstAndLastWord(string? name, string expected) => Assert.Equal(expected, Initials.Of(name));

    [Fact]
    public void TheSameNameAlwaysGetsTheSameColour()
    {
        Assert.Equal(Initials.Colour("Åsa Öberg"), Initials.Colour(" åsa öberg "));
        Assert.Matches("^#[0-9a-f]{6}$", Initials.Colour("Kim"));
    }
}
