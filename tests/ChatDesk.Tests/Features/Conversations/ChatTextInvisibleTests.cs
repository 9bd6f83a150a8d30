using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Conversations;

/// <summary>Bidi controls and invisible characters never reach the database (issue 10).</summary>
public sealed class ChatTextInvisibleTests
{
    [Theory]
    [InlineData("Anna\u202Egpj.exe", "Annagpj.exe")]
    [InlineData("\u202AAnna\u202C \u202BBerg\u202C \u202DX\u202C", "Anna Berg X")]
    [InlineData("\u2066Anna\u2069 \u2067Berg\u2069 \u2068X\u2069", "Anna Berg X")]
    [InlineData("A\u200Enn\u200Fa\u061C", "Anna")]
    [InlineData("An\u200Bna\u200C \u2060Berg\uFEFF", "Anna Berg")]
    [InlineData("Ad\u200Dmin", "Admin")]
    [InlineData("\u180EAnna\u2064\U000E0041", "Anna")]
    public void BidiControlsAndZeroWidthCharactersAreRemoved(string input, string expected)
    {
        Assert.Equal(expected, ChatText.Clean(input));
        Assert.Equal(expected, ChatText.CleanLine(input, 200));
    }

    [Theory]
    [InlineData("👩\u200D💻")]
    [InlineData("👩🏽\u200D💻")]
    [InlineData("❤\uFE0F\u200D🔥")]
    [InlineData("👨\u200D👩\u200D👧")]
    public void TheZeroWidthJoinerInsideAnEmojiSequenceStays(string emoji) =>
        Assert.Equal($"Team {emoji}!", ChatText.Clean($"Team {emoji}!"));

    [Fact]
    public void AJoinerAtTheEdgeOfAnEmojiSequenceGoes() =>
        Assert.Equal("👩x 💻", ChatText.Clean("\u200D👩\u200Dx \u200D💻\u200D"));

    [Fact]
    public void ArabicAndHebrewTextStaysAsTyped() =>
        Assert.Equal("مرحبا שלום", ChatText.Clean("مرحبا שלום"));

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData(" \u200E\u202E \uFEFF\u2060 ")]
    [InlineData("")]
    [InlineData(null)]
    public void TextOfOnlyInvisibleCharactersIsBlank(string? text) => Assert.True(ChatText.IsBlank(text));

    [Fact]
    public void VisibleTextIsNotBlank() => Assert.False(ChatText.IsBlank("\u200Bx"));

    [Fact]
    public void EveryOneLineFieldOfACustomersDetailsIsCleaned()
    {
        var cleaned = ChatText.CleanDetails(new CustomerDetails
        {
            Name = "Eve\u202Enimda", Email = "eve@example.com\u200B", Company = "\u2067ACME\u2069\nAB",
            Phone = "\u200B", Country = "Swe\u200Fden", Consent = true, TimeZoneId = "Europe/Stockholm",
        });

        Assert.Equal(("Evenimda", "eve@example.com", "ACME AB", (string?)null, "Sweden"),
            (cleaned.Name, cleaned.Email, cleaned.Company, cleaned.Phone, cleaned.Country));
        Assert.True(cleaned.Consent);
        Assert.Equal("Europe/Stockholm", cleaned.TimeZoneId);
    }
}
