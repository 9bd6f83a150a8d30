using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;

namespace ChatDesk.Relevance;

/// <summary>
/// `dotnet run --project tests/ChatDesk.Relevance -c Release -- --fusion`: ranks every English question once with
/// both rankings, then prints R@1, R@3, the no-suggestion and the off-topic rate for a grid of <see cref="FaqFusion"/>
/// settings (keyword weight, minimum fused score, how far behind the best another article may be), so its constants
/// are chosen from measurements. CHATDESK_RELEVANCE_DUMP=file also writes every candidate's signals.
/// </summary>
public static class RelevanceFusion
{
    public static async Task<string> SweepAsync(IReadOnlyList<RelevanceSet> sets, CancellationToken ct)
    {
        using var world = await RelevanceWorld.CreateAsync(sets, ct);
        var text = new StringBuilder("set | keyword weight | minimum | behind best | R@1 | R@3 | none | off-topic\n");
        foreach (var set in sets.Where(s => RelevanceWorld.Embedder.ModelFor(s.Language) is not null))
        {
            var (folderId, ids) = world.Sets[set.Name];
            var onTopic = new List<(IReadOnlyList<FaqFused> Ranked, int Want)>();
            var offTopic = new List<IReadOnlyList<FaqFused>>();
            foreach (var query in set.Queries)
            {
                onTopic.Add((await RankAsync(world, folderId, set.Language, query.Text, ct), ids[query.ArticleKey]));
                offTopic.Add(await RankAsync(world, world.DemoRoots[set.Language], set.Language, query.Text, ct));
            }
            if (Environment.GetEnvironmentVariable("CHATDESK_RELEVANCE_DUMP") is { Length: > 0 } dump)
            {
                await File.AppendAllLinesAsync(dump, onTopic.Select(q => Line("on", q.Ranked, q.Want))
                    .Concat(offTopic.Select(o => Line("off", o, -1))), ct);
            }
            double n = onTopic.Count;
            foreach (var weight in new[] { 0f, 0.05f, 0.1f, 0.2f, 0.3f })
            foreach (var minimum in new[] { 0.3f, 0.35f, 0.4f, 0.45f, 0.5f })
            foreach (var behind in new[] { 0.1f, 0.2f })
            {
                var shown = onTopic.Select(q => (Ids: Shown(q.Ranked, weight, minimum, behind), q.Want)).ToList();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{set.Name} | {weight:0.00} | {minimum:0.00} | {behind:0.00} | {shown.Count(s => s.Ids.FirstOrDefault(-1) == s.Want) / n:0.000} | " +
                    $"{shown.Count(s => s.Ids.Contains(s.Want)) / n:0.000} | {shown.Count(s => s.Ids.Count == 0) / n:0.000} | " +
                    $"{offTopic.Count(o => Shown(o, weight, minimum, behind).Count > 0) / n:0.000}");
            }
        }
        return text.ToString();
    }

    private static List<int> Shown(IReadOnlyList<FaqFused> ranked, float weight, float minimum, float behind)
    {
        var rescored = ranked.Select(c => c with { Score = c.Cosine + weight * Math.Min(c.KeywordConfidence, FaqFusion.KeywordCap) })
            .OrderByDescending(c => c.Score).ThenBy(c => c.ArticleId).ToList();
        return [.. FaqFusion.Shown(rescored, minimum, behind).Take(RelevanceRun.Shown).Select(c => c.ArticleId)];
    }

    private static async Task<IReadOnlyList<FaqFused>> RankAsync(RelevanceWorld world, int folderId, string language, string question, CancellationToken ct) =>
        (await world.Index.RankFusedAsync(folderId, language, question, ct))?.Ranked ?? [];

    private static string Line(string kind, IReadOnlyList<FaqFused> ranked, int want) =>
        string.Join(',', new[] { kind }.Concat(ranked.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{(r.ArticleId == want ? 1 : 0)}:{r.Cosine:0.0000}:{r.KeywordConfidence:0.0000}:{r.KeywordRank}"))));
}
