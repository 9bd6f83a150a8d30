using System.Globalization;
using System.Text;
using ChatDesk.Features.Faq;

namespace ChatDesk.Relevance;

/// <summary>
/// Every suggestion of every question (<c>--dump</c>): article, title and score per question, for the product as
/// shown and keyword only, in the set's folder and against the demo FAQ. A change meant to be only faster (the
/// speed work) must leave this output byte for byte the same; the table's two decimals would hide a small shift.
/// </summary>
public static class RelevanceDump
{
    public static async Task<string> DumpAsync(IReadOnlyList<RelevanceSet> sets, CancellationToken ct)
    {
        using var world = await RelevanceWorld.CreateAsync(sets, ct);
        var text = new StringBuilder();
        foreach (var set in sets)
        {
            var folderId = world.Sets[set.Name].FolderId;
            var demoRoot = world.DemoRoots[set.Language];
            foreach (var (name, index) in new[] { ("shown", world.Index), ("keyword", world.KeywordIndex) })
                foreach (var query in set.Queries)
                    foreach (var (where, root) in new[] { ("set", folderId), ("demo", demoRoot) })
                    {
                        var suggestions = await index.SuggestAsync(root, set.Language, query.Text, RelevanceRun.Shown, ct);
                        text.Append(CultureInfo.InvariantCulture, $"{set.Name}|{name}|{where}|{query.Text}|");
                        text.AppendJoin(';', suggestions.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ArticleId}:{s.Score:R}")));
                        text.AppendLine();
                    }
        }
        return text.ToString();
    }
}
