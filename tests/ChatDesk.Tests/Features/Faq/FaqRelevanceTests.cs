using ChatDesk.Relevance;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>
/// Regression floors for FAQ relevance, measured by the harness in tests/ChatDesk.Relevance on the public sets it
/// carries (StackFAQ English, SweFAQ Swedish). Each floor sits just under the best run recorded in the README, so
/// a change that costs recall or adds off-topic noise fails here; raise them when the product gets better.
/// </summary>
public sealed class FaqRelevanceTests
{
    private static readonly Lazy<Task<IReadOnlyList<RelevanceRow>>> Rows =
        new(() => RelevanceRun.MeasureAsync(RelevanceSets.All(), CancellationToken.None));

    [Theory]
    // English as customers get it: keyword and semantic ranking fused (Faq:Semantic on, the real MiniLM model).
    [InlineData("StackFAQ", 0.88, 0.96, 0.92, 0.02, 0.06)]
    [InlineData("SweFAQ", 0.53, 0.79, 0.65, 0.02, 0.22)]
    public async Task SuggestionsShownToCustomersStayAboveTheirFloors(
        string set, double recallAt1, double recallAt3, double mrr, double maxNoSuggestion, double maxOffTopic)
    {
        var row = Assert.Single(await Rows.Value, r => r.Set == set);

        Assert.InRange(row.ChatDesk.RecallAt1, recallAt1, 1);
        Assert.InRange(row.ChatDesk.RecallAt3, recallAt3, 1);
        Assert.InRange(row.ChatDesk.Mrr, mrr, 1);
        Assert.InRange(row.ChatDesk.NoSuggestion, 0, maxNoSuggestion);
        Assert.InRange(row.ChatDesk.OffTopic, 0, maxOffTopic);
    }

    [Fact]
    public async Task EnglishKeywordRankingAloneStaysAboveItsFloors()
    {
        var row = Assert.Single(await Rows.Value, r => r.Set == "StackFAQ");

        Assert.InRange(row.KeywordOnly.RecallAt3, 0.86, 1);
        Assert.InRange(row.KeywordOnly.NoSuggestion, 0, 0.04);
        Assert.InRange(row.KeywordOnly.OffTopic, 0, 0.13);
    }

    [Fact]
    public async Task SwedishFindsAtLeastWhatPlainBm25Finds()
    {
        var row = Assert.Single(await Rows.Value, r => r.Set == "SweFAQ");

        Assert.True(row.ChatDesk.RecallAt3 >= row.PlainBm25.RecallAt3,
            $"ChatDesk R@3 {row.ChatDesk.RecallAt3:0.000} is below plain BM25's {row.PlainBm25.RecallAt3:0.000}");
    }
}
