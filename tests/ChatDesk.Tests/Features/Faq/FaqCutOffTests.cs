using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Faq;

public sealed class FaqCutOffTests
{
    // The best article is sure enough to be shown; the second scores a quarter of it, the third a tenth.
    private static readonly FaqCandidate[] Ranked = [new(1, 8f, 0.9f), new(2, 2f, 0.5f), new(3, 0.8f, 0.3f)];

    [Fact]
    public void SwedishShowsAnArticleScoringAQuarterOfTheBestThatEnglishHides()
    {
        var swedish = FaqCutOff.Shown(Ranked, FaqCutOff.MinimumConfidence("sv"), FaqCutOff.ShareOfBest("sv"));
        var english = FaqCutOff.Shown(Ranked, FaqCutOff.MinimumConfidence("en"), FaqCutOff.ShareOfBest("en"));

        Assert.Equal([1, 2], swedish.Select(c => c.Doc));
        Assert.Equal([1], english.Select(c => c.Doc));
    }

    [Fact]
    public void NothingIsShownWhenTheBestArticleIsBelowTheFloorHoweverCloseTheOthersAre()
    {
        FaqCandidate[] unsure = [new(1, 8f, FaqCutOff.SwedishMinimumConfidence - 0.01f), new(2, 7f, 0.1f)];

        Assert.Empty(FaqCutOff.Shown(unsure, FaqCutOff.MinimumConfidence("sv"), FaqCutOff.ShareOfBest("sv")));
    }
}
