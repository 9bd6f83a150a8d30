using System.Text;

namespace ChatDesk.Features.History;

/// <summary>Search patterns that ignore case in every alphabet. SQLite's lower() and LIKE fold only ASCII letters,
/// so "åsa" would never find "Åsa Öberg" there; on SQLite a term becomes a GLOB pattern that names both cases of
/// each letter (<c>*[åÅ][sS][aA]*</c>). Other providers use LIKE over lower(), which PostgreSQL folds by its locale.</summary>
internal static class CaseFreePattern
{
    /// <summary>"%term%" in lower case with LIKE's wildcards escaped, or null for no term: a typed % or _ is literal.</summary>
    public static string? Like(string? term)
    {
        var trimmed = term?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        var escaped = trimmed.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return $"%{escaped}%";
    }

    /// <summary>"*term*" for GLOB with each cased letter as a class of its cases, or null for no term. GLOB's own
    /// wildcards (* ? [) typed by the searcher are put in a class of their own, which makes them literal.</summary>
    public static string? Glob(string? term)
    {
        var trimmed = term?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        var glob = new StringBuilder("*", trimmed.Length * 4 + 2);
        foreach (var c in trimmed)
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.ToUpperInvariant(c);
            if (lower != upper) glob.Append('[').Append(lower).Append(upper).Append(c != lower && c != upper ? c.ToString() : "").Append(']');
            else if (c is '*' or '?' or '[') glob.Append('[').Append(c).Append(']');
            else glob.Append(c);
        }
        return glob.Append('*').ToString();
    }
}
