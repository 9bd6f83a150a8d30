using ChatDesk.Resources;
using Microsoft.Net.Http.Headers;

namespace ChatDesk.Features.Api;

/// <summary>RFC 7807 answers in the reader's language: the request's Accept-Language when it names English or
/// Swedish, else the channel's language (a customer's app then speaks as the channel's page does).</summary>
internal static class ApiProblems
{
    public static string Language(HttpRequest request, string? channelLanguage = null)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is "en" or "sv");
        return accepted ?? channelLanguage ?? "en";
    }

    public static ApiText Text(HttpRequest request, string? channelLanguage = null) => ApiText.For(Language(request, channelLanguage));

    /// <summary>A problem whose title is the localized text of <paramref name="key"/>; <c>code</c> is the key itself,
    /// stable for programs to branch on.</summary>
    public static IResult Problem(int status, string key, ApiText text, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: text[key], detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = key });

    public static IResult Invalid(IDictionary<string, string[]> errors, ApiText text) =>
        TypedResults.ValidationProblem(errors, title: text["InvalidInput"],
            extensions: new Dictionary<string, object?> { ["code"] = "InvalidInput" });

    public static IResult Invalid(string field, string message, ApiText text) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, text);

    /// <summary>The token from <c>Authorization: Bearer</c>, else from <paramref name="header"/>.</summary>
    public static string? BearerOr(HttpRequest request, string header)
    {
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return authorization[7..].Trim();
        var other = request.Headers[header].ToString().Trim();
        return other.Length > 0 ? other : null;
    }
}
