using System.Globalization;
using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Customer-facing text in a channel's language (not the request culture: a Swedish channel
/// speaks Swedish to every visitor).</summary>
public sealed class CustomerText
{
    private static readonly ResourceManager Resources = new("ChatDesk.Resources.CustomerText", typeof(CustomerText).Assembly);
    private readonly CultureInfo culture;

    private CustomerText(CultureInfo culture) => this.culture = culture;

    public static CustomerText For(string? language) =>
        new(CultureInfo.GetCultureInfo(language is "sv" ? "sv-SE" : "en"));

    public string Language => culture.TwoLetterISOLanguageName;

    public string this[string key] => Resources.GetString(key, culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(culture, this[key], args);
}
