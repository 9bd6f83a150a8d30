using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;

namespace ChatDesk.Relevance;

/// <summary>
/// `-- --misses sv`: every question of the language's sets whose answer is not shown, with the rank and confidence
/// of its answer before the cut-off and what was ranked first, for finding what the ranking misses. Prints the
/// R@3 of the odd and the even questions apart, so a change tuned on one half can be checked on the other.
/// </summary>
public static class RelevanceMisses
{
    private const int Depth = 10;

    public static async Task<string> ListAsync(IReadOnlyList<RelevanceSet> sets, string language, CancellationToken ct)
    {
        var chosen = sets.Where(s => s.Language == language).ToList();
        using var world = await RelevanceWorld.CreateAsync(chosen, ct);
        var text = new StringBuilder();
        foreach (var set in chosen)
        {
            var (folderId, ids) = world.Sets[set.Name];
            var found = new int[2];
            var plain = new PlainBm25(set.Articles);
            for (var i = 0; i < set.Queries.Count; i++)
            {
                var query = set.Queries[i];
                var shown = await world.Index.SuggestAsync(folderId, language, query.Text, RelevanceRun.Shown, ct);
                if (shown.Any(s => s.ArticleId == ids[query.ArticleKey])) { found[i % 2]++; continue; }
                var (searcher, ranked) = await world.Index.RankAsync(folderId, language, query.Text, Depth, ct);
                var rank = ranked.Select((c, r) => (c, r)).FirstOrDefault(p => FaqSearchIndex.ArticleId(searcher!, p.c) == ids[query.ArticleKey]);
                var answer = set.Articles[query.ArticleKey];
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"#{i} bm25 {plain.Search(query.Text, 3).ToList().IndexOf(query.ArticleKey) + 1} rank {(rank.c is null ? "-" : (rank.r + 1).ToString(CultureInfo.InvariantCulture))} conf {rank.c?.Confidence:0.000} " +
                    $"top {ranked.FirstOrDefault()?.Confidence:0.000} shown {shown.Count}: {query.Text}\n    answer: {Cut(answer.Title + " " + answer.Body)}");
            }
            var half = set.Queries.Count / 2.0;
            text.AppendLine(CultureInfo.InvariantCulture, $"{set.Name}: R@3 even {found[0] / Math.Ceiling(half):0.000}, odd {found[1] / Math.Floor(half):0.000}");
        }
        return text.ToString();
    }

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
