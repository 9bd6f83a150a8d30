using System.Resources;
using Microsoft.Net.Http.Headers;

namespace ChatDesk.Resources;

/// <summary>Sign-in and sign-out text. Nobody is signed in yet, so the browser's preferred language decides.</summary>
public sealed class AccountText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.AccountText", typeof(AccountText).Assembly);

    private AccountText(string? language) : base(Strings, language) { }

    public static AccountText For(string? language) => new(language);

    /// <summary>Swedish when the browser ranks Swedish above English, else English.</summary>
    public static AccountText For(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("sv", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return new(preferred?[..2].ToLowerInvariant());
    }
}
