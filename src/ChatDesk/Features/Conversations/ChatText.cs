using System.Text;

namespace ChatDesk.Features.Conversations;

/// <summary>Cleans text typed by anyone before it is stored (rule 8): control characters removed,
/// line breaks kept and normalised, trimmed, length-limited.</summary>
public static class ChatText
{
    public const int MaxMessageLength = 4000;

    /// <summary>What the composer's box takes at most (a long paste is kept, shown as too long and refused, not
    /// cut off); the hub's receive limit is sized so a box this full still reaches the server.</summary>
    public const int MaxPasteLength = 4 * MaxMessageLength;

    public static string Clean(string? text, int maxLength = MaxMessageLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var rune in text.Replace("\r\n", "\n").EnumerateRunes())
        {
            if (rune.Value == '\n' || rune.Value == '\t' || !Rune.IsControl(rune)) builder.Append(rune.ToString());
        }
        var cleaned = builder.ToString().Trim();
        if (cleaned.Length <= maxLength) return cleaned;
        // Never cut a surrogate pair (an emoji) in half.
        var cut = char.IsHighSurrogate(cleaned[maxLength - 1]) ? maxLength - 1 : maxLength;
        return cleaned[..cut];
    }

    /// <summary>A one-line value (name, company): line breaks become spaces.</summary>
    public static string CleanLine(string? text, int maxLength) =>
        Clean(text?.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), maxLength);
}
