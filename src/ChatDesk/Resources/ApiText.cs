using System.Resources;

namespace ChatDesk.Resources;

/// <summary>What the public API answers in words (problem details a customer's app may show) and the access tokens
/// page, in English or Swedish.</summary>
public sealed class ApiText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ApiText", typeof(ApiText).Assembly);

    private ApiText(string? language) : base(Strings, language) { }

    public static ApiText For(string? language) => new(language);
}
