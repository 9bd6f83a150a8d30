using System.Diagnostics;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Relevance;

/// <summary>
/// The live index under the speed check: how long an article edit takes to reach the next customer's question, and
/// how long questions take while a full rebuild runs beside them (they must be answered from the previous snapshot).
/// </summary>
public static class RelevanceSpeedLive
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(10);

    /// <summary>From saving a new title and body (through the DbContext, as the admin page saves, then
    /// <see cref="FaqIndexChanges"/>, as the admin page updates the index) until a customer's question for the new text
    /// gets the article with its new title. With semantic ranking on, this includes computing and storing its vector.
    /// Each round writes a new made-up word, so no cache can answer. Infinity when not seen within 10 s.</summary>
    public static async Task<double> EditVisibleAsync(
        RelevanceWorld world, FaqSearchIndex index, string setName, string language, int round, CancellationToken ct)
    {
        var changes = new FaqIndexChanges(index, new InProcessChatEvents(NullLogger<InProcessChatEvents>.Instance));
        var (folder, ids) = world.Sets[setName];
        var id = ids[0];
        var word = "zorblax" + (char)('a' + round % 26) + round;
        var title = $"How do I recalibrate the {word} flux capacitor?";
        var watch = Stopwatch.StartNew();
        await using (var db = world.CreateDbContext())
        {
            var article = await db.FaqArticles.SingleAsync(a => a.Id == id, ct);
            (article.Title, article.Body) = (title, $"Open the {word} panel and hold its reset button for ten seconds.");
            await db.SaveChangesAsync(ct);
        }
        await changes.ArticlesChangedAsync([id], ct);
        while (watch.Elapsed < GiveUp)
        {
            var shown = await index.SuggestAsync(folder, language, title, FaqSearchIndex.MaxShown, ct);
            if (shown.Any(s => s.ArticleId == id && s.Title == title)) return watch.Elapsed.TotalMilliseconds;
        }
        return double.PositiveInfinity;
    }

    /// <summary>A full rebuild (as at startup, from the database) with the questions asked one after another
    /// meanwhile: the rebuild's time, how many questions were answered during it, and the longest of them.</summary>
    public static async Task<(double Build, int Questions, double Longest)> DuringRebuildAsync(
        FaqSearchIndex index, int folder, string language, IReadOnlyList<string> questions, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var build = Task.Run(() => index.ReindexAsync(ct), ct);
        var (asked, longest) = (0, 0.0);
        while (!build.IsCompleted)
        {
            var one = Stopwatch.StartNew();
            await index.SuggestAsync(folder, language, questions[asked % questions.Count], FaqSearchIndex.MaxShown, ct);
            longest = Math.Max(longest, one.Elapsed.TotalMilliseconds);
            asked++;
        }
        await build;
        return (watch.Elapsed.TotalMilliseconds, asked, longest);
    }
}
