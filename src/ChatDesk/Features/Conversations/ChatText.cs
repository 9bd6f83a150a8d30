using System.Globalization;
using System.Text;

namespace ChatDesk.Features.Conversations;

/// <summary>Cleans text typed by anyone before it is stored (rule 8): control characters, bidi controls and
/// invisible format characters removed, line breaks kept and normalised, trimmed, length-limited.</summary>
/// <remarks>Bidi overrides and isolates let a name or message display differently from what it is ("gnp.exe"
/// shown as "exe.png") and zero-width characters make a message look empty or two names look the same, so
/// neither survives. The one exception is the zero-width joiner inside an emoji sequence (👩‍💻), which joins
/// two pictographs into one and hides nothing.</remarks>
public static class ChatText
{
    public const int MaxMessageLength = 4000;
    private const int ZeroWidthJoiner = 0x200D;

    /// <summary>What the composer's box takes at most (a long paste is kept, shown as too long and refused, not
    /// cut off); the hub's receive limit is sized so a box this full still reaches the server.</summary>
    public const int MaxPasteLength = 4 * MaxMessageLength;

    public static string Clean(string? text, int maxLength = MaxMessageLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var runes = text.Replace("\r\n", "\n").EnumerateRunes().ToList();
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (rune.Value == ZeroWidthJoiner ? JoinsEmoji(runes, i) : Keeps(rune)) builder.Append(rune.ToString());
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

    /// <summary>True when nothing visible is left once the text is cleaned (only spaces or invisible characters).</summary>
    public static bool IsBlank(string? text) => Clean(text).Length == 0;

    /// <summary>Every single-line field of a customer's details cleaned, the e-mail address included.</summary>
    public static CustomerDetails CleanDetails(CustomerDetails c) => new()
    {
        Name = CleanLine(c.Name, 200), Email = CleanLine(c.Email, 254), Company = Optional(c.Company, 200),
        Phone = Optional(c.Phone, 50), Country = Optional(c.Country, 100), Consent = c.Consent, TimeZoneId = c.TimeZoneId,
    };

    private static string? Optional(string? value, int max) => CleanLine(value, max) is { Length: > 0 } v ? v : null;

    private static bool Keeps(Rune rune) =>
        rune.Value is '\n' or '\t' || !(Rune.IsControl(rune) || IsInvisibleFormat(rune));

    /// <summary>Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates), zero-width characters, the word
    /// joiner and invisible operators, the byte-order mark, the Mongolian vowel separator, interlinear annotation
    /// marks and tag characters: format characters (category Cf) that change direction or show nothing.
    /// Visible format characters (Arabic number signs) and the soft hyphen stay.</summary>
    internal static bool IsInvisibleFormat(Rune rune) => rune.Value switch
    {
        0x061C or 0x180E or 0xFEFF => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFFF9 and <= 0xFFFB => true,
        >= 0xE0000 and <= 0xE007F => true,
        _ => false,
    };

    // An emoji ZWJ sequence: a pictograph (perhaps with a skin tone or VS16) before the joiner, a pictograph after it.
    private static bool JoinsEmoji(List<Rune> runes, int at) =>
        at > 0 && at < runes.Count - 1 && IsEmojiPart(runes[at - 1]) && IsPictograph(runes[at + 1]);

    private static bool IsEmojiPart(Rune rune) => IsPictograph(rune) || rune.Value == 0xFE0F;

    private static bool IsPictograph(Rune rune) =>
        rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or 0x2640 or 0x2642 or 0x2695
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && rune.Value >= 0x2000;
}
