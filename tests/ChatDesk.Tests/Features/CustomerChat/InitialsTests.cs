using ChatDesk.Features.CustomerChat;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("Anna Berg", "AB")]
    [InlineData("anna", "A")]
    [InlineData("Örjan van der Åkesson", "ÖÅ")]
    [InlineData("  Bo  ", "B")]
    [InlineData("", "?")]
    [InlineData(null, "?")]
    [InlineData("(Anna) Berg", "B")]
    public void InitialsAreTheFirstAndLastNamesFirstLetters(string? name, string expected) =>
        Assert.Equal(expected, Initials.Of(name));
}
