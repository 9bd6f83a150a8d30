using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Relevance;

/// <summary>The figures of one ranker on one set; every rate is a share of that set's questions.</summary>
public sealed record RelevanceFigures(double RecallAt1, double RecallAt3, double Mrr, double NoSuggestion, double OffTopic);

/// <summary>One set's figures: ChatDesk as customers get it (semantic ranking on, its default), ChatDesk with
/// `Faq:Semantic` off (keyword only; the same for a language without a model), and plain BM25.</summary>
public sealed record RelevanceRow(
    string Set, string Language, int Articles, int Questions, RelevanceFigures ChatDesk, RelevanceFigures KeywordOnly, RelevanceFigures PlainBm25);

/// <summary>
/// Asks every question of every set through the product's suggestion call (at most 3 shown, as on the customer
/// page) and through plain BM25, in the same run. Off-topic: the same questions asked against the demo FAQ of
/// their language, which answers none of them, so any suggestion there is noise.
/// </summary>
public static class RelevanceRun
{
    public const int Shown = 3;

    public static async Task<IReadOnlyList<RelevanceRow>> MeasureAsync(IReadOnlyList<RelevanceSet> sets, CancellationToken ct)
    {
        using var world = await RelevanceWorld.CreateAsync(sets, ct);
        var rows = new List<RelevanceRow>();
        foreach (var set in sets)
        {
            var (folderId, ids) = world.Sets[set.Name];
            var keyOf = ids.ToDictionary(p => p.Value, p => p.Key);
            var demoRoot = world.DemoRoots[set.Language];
            var (product, productOffTopic) = await AskAsync(world.Index, set, folderId, demoRoot, keyOf, ct);
            var (keyword, keywordOffTopic) = await AskAsync(world.KeywordIndex, set, folderId, demoRoot, keyOf, ct);
            var bm25 = new PlainBm25(set.Articles);
            var demo = new PlainBm25(await DemoArticlesAsync(world, set.Language, ct));
            var baseline = set.Queries.Select(q => bm25.Search(q.Text, Shown)).ToList();
            var baselineOffTopic = set.Queries.Count(q => demo.Search(q.Text, Shown).Count > 0);
            rows.Add(new RelevanceRow(set.Name, set.Language, set.Articles.Count, set.Queries.Count,
                Figures(set.Queries, product, productOffTopic), Figures(set.Queries, keyword, keywordOffTopic),
                Figures(set.Queries, baseline, baselineOffTopic)));
        }
        return rows;
    }

    private static async Task<(List<IReadOnlyList<int>> Shown, int OffTopic)> AskAsync(
        FaqSearchIndex index, RelevanceSet set, int folderId, int demoRoot, Dictionary<int, int> keyOf, CancellationToken ct)
    {
        var shown = new List<IReadOnlyList<int>>();
        var offTopic = 0;
        foreach (var query in set.Queries)
        {
            var suggestions = await index.SuggestAsync(folderId, set.Language, query.Text, Shown, ct);
            shown.Add([.. suggestions.Select(s => keyOf.GetValueOrDefault(s.ArticleId, -1))]);
            if ((await index.SuggestAsync(demoRoot, set.Language, query.Text, Shown, ct)).Count > 0) offTopic++;
        }
        return (shown, offTopic);
    }

    private static RelevanceFigures Figures(IReadOnlyList<RelevanceQuery> queries, List<IReadOnlyList<int>> shown, int offTopic)
    {
        double n = queries.Count;
        var ranks = queries.Select((q, i) => shown[i].Take(Shown).ToList().IndexOf(q.ArticleKey)).ToList();
        return new RelevanceFigures(
            ranks.Count(r => r == 0) / n,
            ranks.Count(r => r >= 0) / n,
            ranks.Sum(r => r >= 0 ? 1.0 / (r + 1) : 0) / n,
            shown.Count(s => s.Count == 0) / n,
            offTopic / n);
    }

    private static async Task<List<RelevanceArticle>> DemoArticlesAsync(RelevanceWorld world, string language, CancellationToken ct)
    {
        var setFolders = world.Sets.Values.Select(s => s.FolderId).ToList();
        await using var db = world.CreateDbContext();
        return await db.FaqArticles.AsNoTracking()
            .Where(a => a.Language == language && a.Published && a.Public && !setFolders.Contains(a.FolderId))
            .Select(a => new RelevanceArticle(a.Id, a.Title, a.Body))
            .ToListAsync(ct);
    }
}
