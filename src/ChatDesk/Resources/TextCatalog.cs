using System.Globalization;
using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Strings from one .resx family in an explicitly chosen language rather than the request culture:
/// a Swedish channel speaks Swedish to every visitor, and staff see their own chosen language.</summary>
public abstract class TextCatalog(ResourceManager resources, string? language)
{
    private readonly CultureInfo culture = CultureInfo.GetCultureInfo(language is "sv" ? "sv-SE" : "en");

    public string Language => culture.TwoLetterISOLanguageName;

    public CultureInfo Culture => culture;

    public string this[string key] => resources.GetString(key, culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(culture, this[key], args);

    /// <summary>The text for <paramref name="count"/>: the key's "_One" form for exactly one ("1 minute", "1 minut"),
    /// else the key itself; both languages have just these two forms.</summary>
    public string Plural(string key, long count, params object?[] args) =>
        string.Format(culture, count == 1 && resources.GetString(key + "_One", culture) is { } one ? one : this[key], args);
}
