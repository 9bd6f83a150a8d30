using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class ChatTextTests
{
    [Theory]
    [InlineData("Hello\u0000 there\u0007", "Hello there")]
    [InlineData("  line one\r\nline two  ", "line one\nline two")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("Hej 👋 åäö", "Hej 👋 åäö")]
    [InlineData("\u001b[31mred", "[31mred")]
    [InlineData("   ", "")]
    public void RemovesControlCharactersAndKeepsTheRestAsText(string input, string expected) =>
        Assert.Equal(expected, ChatText.Clean(input));

    [Fact]
    public void CutsOverlongTextWithoutSplittingAnEmoji()
    {
        var text = new string('a', ChatText.MaxMessageLength - 1) + "😀" + "tail";

        var cleaned = ChatText.Clean(text);

        Assert.Equal(ChatText.MaxMessageLength - 1, cleaned.Length);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }

    [Fact]
    public void OneLineValuesLoseTheirLineBreaks() =>
        Assert.Equal("Åsa Öberg AB", ChatText.CleanLine("Åsa\nÖberg\r\nAB", 200).Replace("  ", " "));
}
