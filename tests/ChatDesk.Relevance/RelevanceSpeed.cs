using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Relevance;

/// <summary>
/// The speed check (<c>--speed</c>): each set's articles copied up to <see cref="Articles"/> in one folder, then the
/// product's full index build, its suggestion call per question and one article edit, timed beside plain BM25 in the
/// same run so the figures travel between machines as ratios; ChatDesk with `Faq:Semantic` off and, for a language
/// with a model, on. A measurement to rerun, not a test: it asserts nothing.
/// </summary>
public static class RelevanceSpeed
{
    public const int Articles = 10_000;
    private const int Rounds = 3;

    public static async Task<string> MeasureAsync(IEnumerable<RelevanceSet> sets, CancellationToken ct)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| set ({Articles:N0} articles) | ranker | index build | question mean | question p99 | article edit |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var set in sets)
        {
            var big = Enlarge(set);
            // Copies are word for word the same, so each distinct text's vector is computed once and stored with
            // every copy, as saving them would have; the builds below read stored vectors as a restart does.
            var known = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
            using var world = await RelevanceWorld.CreateAsync([big], ct, (language, article) =>
                known.TryGetValue(article, out var bytes) ? bytes
                    : known[article] = RelevanceWorld.Embedder.Embed(language, article) is { } vector ? FaqVectorMath.ToBytes(vector) : null);
            var folder = world.Sets[big.Name].FolderId;

            var bm25Build = await BestOfAsync(() => Task.FromResult(new PlainBm25(big.Articles)));
            var bm25 = new PlainBm25(big.Articles);
            var questions = set.Queries.Select(q => q.Text).ToList();
            var theirs = await TimeEachAsync(questions, q => Task.FromResult(bm25.Search(q, 3)));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {set.Name} ({set.Language}) | plain BM25 | {Ms(bm25Build)} | {Ms(theirs.Mean)} | {Ms(theirs.P99)} | – |");
            var rankers = RelevanceWorld.Embedder.ModelFor(set.Language) is null
                ? new[] { ("ChatDesk", world.KeywordIndex) }
                : [("ChatDesk, keyword only", world.KeywordIndex), ("ChatDesk as shown (keyword + semantic)", world.Index)];
            foreach (var (name, index) in rankers)
            {
                var build = await BestOfAsync(() => index.ReindexAsync(ct));
                var ours = await TimeEachAsync(questions, q => index.SuggestAsync(folder, set.Language, q, 3, ct));
                var edit = await EditAsync(world, index, big, ct);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {set.Name} ({set.Language}) | {name} | {Ms(build)} (×{build / bm25Build:0.0}) | {Ms(ours.Mean)} (×{ours.Mean / theirs.Mean:0.0}) | " +
                    $"{Ms(ours.P99)} (×{ours.P99 / theirs.P99:0.0}) | {Ms(edit)} |");
            }
        }
        return text.ToString();
    }

    /// <summary>The set's articles repeated (copies are word for word the same: the index does the same work per
    /// article) up to <see cref="Articles"/>.</summary>
    private static RelevanceSet Enlarge(RelevanceSet set) => set with
    {
        Name = set.Name + " ×" + Articles,
        Articles = [.. Enumerable.Range(0, Articles).Select(i => set.Articles[i % set.Articles.Count] with { Key = i })],
    };

    /// <summary>Saving one article's new title and updating the index, as the admin page does after its commit
    /// (with semantic ranking on, that includes computing and storing the article's new vector).</summary>
    private static async Task<double> EditAsync(RelevanceWorld world, FaqSearchIndex index, RelevanceSet set, CancellationToken ct)
    {
        var id = world.Sets[set.Name].ArticleIds[0];
        return await BestOfAsync(async () =>
        {
            await using var db = world.CreateDbContext();
            var article = await db.FaqArticles.SingleAsync(a => a.Id == id, ct);
            article.Title += " (edited)";
            await db.SaveChangesAsync(ct);
            await index.ArticlesChangedAsync([id], ct);
        });
    }

    private static async Task<double> BestOfAsync<T>(Func<Task<T>> work) => await BestOfAsync(async () => { await work(); });

    private static async Task<double> BestOfAsync(Func<Task> work)
    {
        var best = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    /// <summary>Mean and 99th percentile of one call per question, after one warm-up pass.</summary>
    private static async Task<(double Mean, double P99)> TimeEachAsync<T>(IReadOnlyList<string> questions, Func<string, Task<T>> ask)
    {
        foreach (var question in questions) await ask(question);
        var times = new List<double>();
        foreach (var question in questions)
        {
            var watch = Stopwatch.StartNew();
            await ask(question);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times.Average(), times[(int)Math.Ceiling(0.99 * times.Count) - 1]);
    }

    private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";
}
