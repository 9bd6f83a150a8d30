namespace ChatDesk.Features.Agents;

/// <summary>What an avatar shows for a person without a photo: up to two initials and a colour that stays the same
/// for the same name, so an agent recognises a customer across the queue, the chat list and the conversation.</summary>
public static class Initials
{
    // Dark enough for white text to pass WCAG AA (4.5:1) on every one of them.
    private static readonly string[] Colours = ["#1565c0", "#00695c", "#6a1b9a", "#ad1457", "#4e342e", "#37474f", "#2e7d32", "#b71c1c"];

    /// <summary>The first letters of the first and last word ("Åsa Öberg" → "ÅÖ"); "?" for a blank name.</summary>
    public static string Of(string? name)
    {
        // Each word's first letter or digit: quotes and brackets around a name are not initials.
        var firsts = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.FirstOrDefault(char.IsLetterOrDigit)).Where(c => c != default)
            .Select(char.ToUpperInvariant).ToArray();
        return firsts.Length switch
        {
            0 => "?",
            1 => firsts[0].ToString(),
            _ => $"{firsts[0]}{firsts[^1]}",
        };
    }

    /// <summary>A colour from a fixed palette, chosen by a stable hash of the name (string.GetHashCode changes per process).</summary>
    public static string Colour(string? name)
    {
        var hash = 0u;
        foreach (var c in (name ?? "").Trim().ToLowerInvariant()) hash = unchecked(hash * 31 + c);
        return Colours[hash % (uint)Colours.Length];
    }
}
