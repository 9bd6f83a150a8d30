using System.Globalization;

namespace ChatDesk.Features.Identity;

/// <summary>What an avatar shows for a person without a photo (a customer in the workspace, an agent on the customer
/// page): up to two initials and a colour that stays the same for the same name, so a person is recognised across
/// the queue, the chat list and the conversation.</summary>
public static class Initials
{
    // Dark enough for white text to pass WCAG AA (4.5:1) on every one of them.
    private static readonly string[] Colours = ["#1565c0", "#00695c", "#6a1b9a", "#ad1457", "#4e342e", "#37474f", "#2e7d32", "#b71c1c"];

    /// <summary>The first letters of the first and last word ("Åsa Öberg" → "ÅÖ"), one for one word, "?" for none.
    /// A word's first letter or digit counts, so quotes and brackets around a name are skipped ("(Anna) Berg" → "AB"),
    /// and a word with none ("-") is no word.</summary>
    public static string Of(string? name)
    {
        var firsts = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(FirstLetter).OfType<string>().ToArray();
        return firsts.Length switch
        {
            0 => "?",
            1 => firsts[0],
            _ => firsts[0] + firsts[^1],
        };
    }

    /// <summary>A colour from a fixed palette, chosen by a stable hash of the name (string.GetHashCode changes per process).</summary>
    public static string Colour(string? name)
    {
        var hash = 0u;
        foreach (var c in (name ?? "").Trim().ToLowerInvariant()) hash = unchecked(hash * 31 + c);
        return Colours[hash % (uint)Colours.Length];
    }

    // A whole text element, so a letter outside the BMP or one with a combining accent stays intact.
    private static string? FirstLetter(string word)
    {
        for (var i = 0; i < word.Length; i += char.IsSurrogatePair(word, i) ? 2 : 1)
        {
            if (char.IsLetterOrDigit(word, i)) return StringInfo.GetNextTextElement(word, i).ToUpperInvariant();
        }
        return null;
    }
}
