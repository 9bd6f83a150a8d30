using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;
using static ChatDesk.Relevance.RelevanceTimes;

namespace ChatDesk.Relevance;

/// <summary>
/// The speed check (<c>--speed</c>, <c>--rounds N</c>): each set's articles copied up to <see cref="Articles"/> in one
/// folder; per ranker (plain BM25 in the same run, ChatDesk keyword only and, for a language with a model, as shown
/// with semantic ranking) every question timed in each of N rounds after a warm-up pass, N article edits until the
/// next question sees them, and N full rebuilds with questions asked meanwhile. Every figure is the median of the
/// rounds with their range, as the machine it runs on is shared. A measurement to rerun, not a test: it asserts nothing.
/// </summary>
public static class RelevanceSpeed
{
    public const int Articles = 10_000;

    public static async Task<string> MeasureAsync(IEnumerable<RelevanceSet> sets, int rounds, CancellationToken ct)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| set ({Articles:N0} articles) | ranker | question p50 | p95 | p99 | CPU per question | edit seen by next question | full rebuild | longest question during rebuild |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var set in sets)
        {
            var (world, big) = await EnlargedWorldAsync(set, ct);
            using var _ = world;
            var folder = world.Sets[big.Name].FolderId;
            var questions = set.Queries.Select(q => q.Text).ToList();

            var bm25 = new PlainBm25(big.Articles);
            var theirs = await RoundsAsync(questions, rounds, q => Task.FromResult(bm25.Search(q, FaqSearchIndex.MaxShown)));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {set.Name} ({set.Language}) | plain BM25 | {Row(theirs)} | – | – | – |");
            var rankers = RelevanceWorld.Embedder.ModelFor(set.Language) is null
                ? new[] { ("ChatDesk (keyword)", world.KeywordIndex) }
                : [("ChatDesk, keyword only", world.KeywordIndex), ("ChatDesk as shown (keyword + semantic)", world.Index)];
            // Every ranker's questions first, on the index as the app has it after its startup build: the full
            // rebuilds below (which the app itself never runs after startup) leave garbage between what survives, and a
            // ranker measured after another's rebuilds would be measured on that heap instead.
            var times = new List<IReadOnlyList<RelevanceTimes>>();
            foreach (var (_, index) in rankers)
                times.Add(await RoundsAsync(questions, rounds, q => index.SuggestAsync(folder, set.Language, q, FaqSearchIndex.MaxShown, ct)));
            foreach (var ((name, index), ours) in rankers.Zip(times))
            {
                var edits = new List<double>();
                for (var round = 0; round < rounds; round++)
                    edits.Add(await RelevanceSpeedLive.EditVisibleAsync(world, index, big.Name, set.Language, round, ct));
                var rebuilds = new List<(double Build, int Questions, double Longest)>();
                for (var round = 0; round < rounds; round++)
                    rebuilds.Add(await RelevanceSpeedLive.DuringRebuildAsync(index, folder, set.Language, questions, ct));
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {set.Name} ({set.Language}) | {name} | {Row(ours)} | {Spread(edits)} | {Spread([.. rebuilds.Select(r => r.Build)])} | " +
                    $"{Spread([.. rebuilds.Select(r => r.Longest)])} ({rebuilds.Sum(r => r.Questions)} questions) |");
            }
        }
        return text.ToString();
    }

    private static string Row(IReadOnlyList<RelevanceTimes> rounds) =>
        $"{Spread([.. rounds.Select(r => r.P50)])} | {Spread([.. rounds.Select(r => r.P95)])} | " +
        $"{Spread([.. rounds.Select(r => r.P99)])} | {Spread([.. rounds.Select(r => r.CpuPerQuestion)])}";

    /// <summary>The app's database and indexes holding the set copied up to <see cref="Articles"/> articles in one folder.</summary>
    public static async Task<(RelevanceWorld World, RelevanceSet Big)> EnlargedWorldAsync(RelevanceSet set, CancellationToken ct)
    {
        var big = Enlarge(set);
        // Copies are word for word the same, so each distinct text's vector is computed once and stored with
        // every copy, as saving them would have; the builds read stored vectors as a restart does.
        var known = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var world = await RelevanceWorld.CreateAsync([big], ct, (language, article) =>
            known.TryGetValue(article, out var bytes) ? bytes
                : known[article] = RelevanceWorld.Embedder.Embed(language, article) is { } vector ? FaqVectorMath.ToBytes(vector) : null);
        return (world, big);
    }

    /// <summary>The set's articles repeated (copies are word for word the same: the index does the same work per
    /// article) up to <see cref="Articles"/>.</summary>
    private static RelevanceSet Enlarge(RelevanceSet set) => set with
    {
        Name = set.Name + " ×" + Articles,
        Articles = [.. Enumerable.Range(0, Articles).Select(i => set.Articles[i % set.Articles.Count] with { Key = i })],
    };
}
