using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;

namespace ChatDesk.Relevance;

/// <summary>
/// `dotnet run --project tests/ChatDesk.Relevance -c Release -- --calibrate`: ranks every question once without the
/// cut-off, then prints R@3, the no-suggestion and the off-topic rate for a grid of <see cref="FaqCutOff"/> settings,
/// so its constants are chosen from measurements rather than guessed.
/// </summary>
public static class RelevanceCalibration
{
    public static async Task<string> SweepAsync(IReadOnlyList<RelevanceSet> sets, CancellationToken ct)
    {
        using var world = await RelevanceWorld.CreateAsync(sets, ct);
        var text = new StringBuilder("set | confidence | share | R@3 | none | off-topic\n");
        foreach (var set in sets)
        {
            var (folderId, ids) = world.Sets[set.Name];
            var onTopic = new List<(IReadOnlyList<(int Id, FaqCandidate C)> Ranked, int Want)>();
            var offTopic = new List<IReadOnlyList<(int Id, FaqCandidate C)>>();
            foreach (var query in set.Queries)
            {
                onTopic.Add((await RankAsync(world, folderId, set.Language, query.Text, ct), ids[query.ArticleKey]));
                offTopic.Add(await RankAsync(world, world.DemoRoots[set.Language], set.Language, query.Text, ct));
            }
            if (Environment.GetEnvironmentVariable("CHATDESK_RELEVANCE_DUMP") is { Length: > 0 } dump)
            {
                await File.AppendAllLinesAsync(dump, onTopic.Select(q => Line(set.Name, "on", q.Ranked, q.Want))
                    .Concat(offTopic.Select(o => Line(set.Name, "off", o, -1))), ct);
            }
            foreach (var confidence in new[] { 0.16f, 0.2f, 0.24f, 0.28f, 0.32f, 0.36f, 0.4f, 0.45f })
            foreach (var share in new[] { 0.3f, 0.5f })
            {
                var shown = onTopic.Select(q => (Ids: Shown(q.Ranked, confidence, share), q.Want)).ToList();
                double n = shown.Count;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{set.Name} | {confidence:0.00} | {share:0.00} | {shown.Count(s => s.Ids.Contains(s.Want)) / n:0.000} | " +
                    $"{shown.Count(s => s.Ids.Count == 0) / n:0.000} | {offTopic.Count(o => Shown(o, confidence, share).Count > 0) / n:0.000}");
            }
        }
        return text.ToString();
    }

    public static async Task<string> AskDemoAsync(string language, string question, CancellationToken ct)
    {
        using var world = await RelevanceWorld.CreateAsync([], ct);
        var (searcher, ranked) = await world.Index.RankAsync(world.DemoRoots[language], language, question, 5, ct);
        return string.Join('\n', ranked.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Score:0.000} {c.Confidence:0.000} {searcher!.Doc(c.Doc).Get("title")}")));
    }

    private static string Line(string set, string kind, IReadOnlyList<(int Id, FaqCandidate C)> ranked, int want) =>
        string.Join(',', new[] { set, kind }.Concat(ranked.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{(r.Id == want ? 1 : 0)}:{r.C.Score:0.000}:{r.C.Confidence:0.000}"))));

    private static List<int> Shown(IReadOnlyList<(int Id, FaqCandidate C)> ranked, float confidence, float share)
    {
        var kept = FaqCutOff.Shown([.. ranked.Select(r => r.C)], confidence, share).ToHashSet();
        return [.. ranked.Where(r => kept.Contains(r.C)).Select(r => r.Id)];
    }

    private static async Task<IReadOnlyList<(int Id, FaqCandidate C)>> RankAsync(
        RelevanceWorld world, int folderId, string language, string question, CancellationToken ct)
    {
        var (searcher, ranked) = await world.Index.RankAsync(folderId, language, question, RelevanceRun.Shown, ct);
        return [.. ranked.Select(c => (FaqSearchIndex.ArticleId(searcher!, c), c))];
    }
}
