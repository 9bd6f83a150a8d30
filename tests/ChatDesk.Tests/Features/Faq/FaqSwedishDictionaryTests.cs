using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>Swedish compounds split against Debian's hunspell-sv (tests/run.sh installs it), and the app without it.</summary>
public sealed class FaqSwedishDictionaryTests
{
    private static readonly FaqSwedishDictionary Words = FaqSwedishDictionary.Load(FaqSwedishDictionary.DefaultPath, null);

    [Theory]
    [InlineData("avkalkningslampan", "avkalknings", "lampan")]
    [InlineData("kaffebryggaren", "kaffe", "bryggaren")]
    [InlineData("leveranstiden", "leverans", "tiden")]
    public void ACompoundSplitsIntoTheWordsItIsMadeOf(string word, params string[] parts)
    {
        Assert.False(Words.IsEmpty, $"No Swedish word list at {FaqSwedishDictionary.DefaultPath}: install hunspell-sv");

        Assert.Equal(parts, Words.Split(word));
    }

    [Theory]
    [InlineData("personalen")]
    [InlineData("samtycka")]
    [InlineData("lampan")]
    public void AWordThatIsNoCompoundStaysWhole(string word) => Assert.Empty(Words.Split(word));

    [Theory]
    [InlineData("körkortet", "korkort")]
    [InlineData("lampan", "lamp")]
    [InlineData("lampa", "lamp")]
    [InlineData("paket", "paket")]
    [InlineData("paketet", "paket")]
    public void ADefiniteFormComesBackToItsWord(string word, string lemma) => Assert.Equal(lemma, Words.Lemma(word));

    [Fact]
    public void TheListIsReadOncePerProcess() =>
        Assert.Same(Words, FaqSwedishDictionary.Load(FaqSwedishDictionary.DefaultPath, null));

    [Fact]
    public void AMissingListMeansNoSplittingRatherThanAnError()
    {
        var none = FaqSwedishDictionary.Load("/nonexistent/sv_SE.dic", null);

        Assert.True(none.IsEmpty);
        Assert.Empty(none.Split("avkalkningslampan"));
    }
}
