using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;
using static ChatDesk.Relevance.RelevanceTimes;

namespace ChatDesk.Relevance;

/// <summary>
/// Where a question's time goes (<c>--speed --stages</c>), at <see cref="RelevanceSpeed.Articles"/> articles: the
/// model alone (a new question each time, so no cache answers), keyword ranking with and without the folder filter,
/// the suggestion call keyword only, the semantic ranking with its question vector cached (dot products and the
/// keyword scoring of its candidates), and the suggestion call as shown. Each one round after a warm-up pass; the
/// memory allocated and the collector's pauses per question are averaged over both passes.
/// </summary>
public static class RelevanceSpeedStages
{
    private const int CachedQuestions = 200;

    public static async Task<string> MeasureAsync(IEnumerable<RelevanceSet> sets, CancellationToken ct)
    {
        var text = new StringBuilder()
            .AppendLine("| set | stage | p50 | p99 | CPU per question | allocated per question | GC pause per question | collections (gen 0/1/2) |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var set in sets)
        {
            var (world, big) = await RelevanceSpeed.EnlargedWorldAsync(set, ct);
            using var _ = world;
            var folder = world.Sets[big.Name].FolderId;
            var questions = set.Queries.Select(q => q.Text).ToList();
            var fresh = 0;
            var stages = new List<(string, Func<string, Task<object?>>)>
            {
                ("model, new question", q => Task.FromResult<object?>(RelevanceWorld.Embedder.Embed(set.Language, $"{q} ({fresh++})"))),
                ("keyword ranking in the folder", async q => await world.KeywordIndex.RankAsync(folder, set.Language, q, FaqSearchIndex.MaxShown, ct)),
                ("keyword ranking, no folder", async q => await world.KeywordIndex.RankAsync(null, set.Language, q, FaqSearchIndex.MaxShown, ct)),
                ("suggestions, keyword only", async q => await world.KeywordIndex.SuggestAsync(folder, set.Language, q, FaqSearchIndex.MaxShown, ct)),
                ("semantic + keyword of its candidates (vector cached)", async q => await world.Index.RankFusedAsync(folder, set.Language, q, ct)),
                ("suggestions as shown (vector cached)", async q => await world.Index.SuggestAsync(folder, set.Language, q, FaqSearchIndex.MaxShown, ct)),
            };
            foreach (var (name, stage) in stages)
            {
                if (name.StartsWith("model", StringComparison.Ordinal) || name.StartsWith("semantic", StringComparison.Ordinal))
                    if (RelevanceWorld.Embedder.ModelFor(set.Language) is null) continue;
                // Garbage per question decides how often the collector stops every thread, questions and builds alike.
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var (paused, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                // The embedder remembers the last 256 questions: for the stages that claim a cached vector, fewer than
                // that, so the timed pass really finds each question's vector (625 in order would all miss).
                var asked = name.Contains("vector cached", StringComparison.Ordinal) ? questions.Take(CachedQuestions).ToList() : questions;
                var times = (await RoundsAsync(asked, 1, stage))[0];
                var perQuestion = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / (2 * asked.Count);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {set.Name} ({set.Language}) | {name} | {Ms(times.P50)} | {Ms(times.P99)} | {Ms(times.CpuPerQuestion)} | {perQuestion:N0} KB | {Ms((GC.GetTotalPauseDuration() - paused).TotalMilliseconds / (2 * asked.Count))} | {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} |");
            }
        }
        return text.ToString();
    }
}
