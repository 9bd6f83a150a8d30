using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatDesk.Features.Faq;

public enum FaqBlockKind { Paragraph, Bullets, Numbered }

/// <summary>One paragraph or list of an article body. <see cref="Start"/> is the first number of a numbered list.</summary>
public sealed record FaqBlock(FaqBlockKind Kind, int Start, IReadOnlyList<string> Lines);

/// <summary>
/// Shapes an article body (plain text written by staff) into paragraphs and lists: blank lines separate
/// paragraphs, "- " starts a bullet and "1. " a numbered item. The pieces stay plain text and are rendered
/// escaped (rule 8: text is text); one parser serves the customer page and the admin preview alike.
/// </summary>
public static partial class FaqBody
{
    public static IReadOnlyList<FaqBlock> Parse(string? body)
    {
        var result = new List<(FaqBlockKind Kind, int Start, List<string> Lines)>();
        foreach (var chunk in BlankLines().Split((body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            List<string>? open = null;
            var openKind = FaqBlockKind.Paragraph;
            foreach (var raw in chunk.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0) continue;
                var (kind, text, number) = Classify(line);
                if (open is null || openKind != kind)
                {
                    (open, openKind) = ([], kind);
                    result.Add((kind, number, open));
                }
                open.Add(text);
            }
        }
        return [.. result.Select(b => new FaqBlock(b.Kind, b.Start, b.Lines))];
    }

    private static (FaqBlockKind Kind, string Text, int Number) Classify(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal)) return (FaqBlockKind.Bullets, line[2..].TrimStart(), 1);
        var numbered = NumberedLine().Match(line);
        return numbered.Success
            ? (FaqBlockKind.Numbered, numbered.Groups[2].Value, int.Parse(numbered.Groups[1].Value, CultureInfo.InvariantCulture))
            : (FaqBlockKind.Paragraph, line, 1);
    }

    [GeneratedRegex(@"^(\d{1,6})\.\s+(.+)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
