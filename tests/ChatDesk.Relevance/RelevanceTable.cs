using System.Globalization;
using System.Text;

namespace ChatDesk.Relevance;

/// <summary>The README table: each ChatDesk figure with its ratio to plain BM25 on the same data.</summary>
public static class RelevanceTable
{
    public static string Markdown(IReadOnlyList<RelevanceRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| set | ranker | R@1 | R@3 | MRR@3 | no suggestion | off-topic suggested |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var set = $"{row.Set} ({row.Language}, {row.Articles} articles, {row.Questions} questions)";
            Line(text, set, "plain BM25", row.PlainBm25, null);
            Line(text, set, "ChatDesk, keyword only", row.KeywordOnly, row.PlainBm25);
            Line(text, set, row.Language == "en" ? "ChatDesk as shown (keyword + semantic)" : "ChatDesk as shown", row.ChatDesk, row.PlainBm25);
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, string set, string ranker, RelevanceFigures f, RelevanceFigures? baseline)
    {
        text.Append(CultureInfo.InvariantCulture, $"| {set} | {ranker} | {Cell(f.RecallAt1, baseline?.RecallAt1)} | ")
            .Append(CultureInfo.InvariantCulture, $"{Cell(f.RecallAt3, baseline?.RecallAt3)} | {Cell(f.Mrr, baseline?.Mrr)} | ")
            .AppendLine(CultureInfo.InvariantCulture, $"{Percent(f.NoSuggestion)} | {Percent(f.OffTopic)} |");
    }

    private static string Cell(double value, double? baseline) => baseline is > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00} (×{value / baseline.Value:0.00})")
        : string.Create(CultureInfo.InvariantCulture, $"{value:0.00}");

    private static string Percent(double value) => string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.#}%");
}
