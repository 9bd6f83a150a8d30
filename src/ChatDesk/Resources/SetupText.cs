using System.Resources;

namespace ChatDesk.Resources;

/// <summary>The one-time setup page's text. Nobody is signed in yet, so the browser's preferred language decides.</summary>
public sealed class SetupText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.SetupText", typeof(SetupText).Assembly);

    private SetupText(string? language) : base(Strings, language) { }

    public static SetupText For(string? language) => new(language);

    /// <summary>Swedish when the browser prefers Swedish over English (Accept-Language), otherwise English.</summary>
    public static SetupText ForBrowser(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("sv", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return For(preferred?.StartsWith("sv", StringComparison.OrdinalIgnoreCase) == true ? "sv" : "en");
    }
}
