namespace ChatDesk.Features.CustomerChat;

/// <summary>The letters shown in an agent's round avatar when there is no photo: first and last name's first
/// letters ("Anna Berg" → "AB"), one letter for one name, "?" for none.</summary>
public static class Initials
{
    public static string Of(string? name)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => char.IsLetterOrDigit(w, 0)).ToArray();
        if (words.Length == 0) return "?";
        var first = FirstLetter(words[0]);
        return words.Length == 1 ? first : first + FirstLetter(words[^1]);
    }

    // A whole text element, so a name starting with a letter outside the BMP or a combined accent stays intact.
    private static string FirstLetter(string word) =>
        System.Globalization.StringInfo.GetNextTextElement(word).ToUpperInvariant();
}
