using ChatDesk.Features.Abuse;
using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Faq;

/// <summary><c>GET /api/channels/{slug}/faq/suggestions?q={text}</c>: the FAQ articles a channel's customer page would
/// suggest for a question, for a help box or search field on a company page.</summary>
internal static class FaqSuggestEndpoint
{
    public const int MaxQuestionLength = 500;

    // Same limit as the channel directory: a longer slug is never a channel, so it is not worth a database read.
    private const int MaxSlugLength = 50;

    public static IEndpointRouteBuilder MapFaqSuggestEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/channels/{slug}/faq/suggestions", GetAsync).RequireRateLimiting(FaqSuggestRateLimit.Name);
        return app;
    }

    private static async Task<IResult> GetAsync(
        string slug, string? q, HttpRequest request, HttpResponse response, ChannelDirectory channels, FaqSearchIndex faq,
        CancellationToken cancellationToken)
    {
        // Any company page may ask: the answer holds only published public articles and needs no cookie.
        response.Headers.AccessControlAllowOrigin = "*";
        // Briefly cacheable: the same question repeats while a visitor types, and an edit may show half a minute late.
        response.Headers.CacheControl = "public, max-age=30";

        var question = q?.Trim() ?? "";
        if (question.Length == 0)
            return TypedResults.BadRequest(new FaqSuggestError("q is required"));
        if (question.Length > MaxQuestionLength)
            return TypedResults.BadRequest(new FaqSuggestError($"q must be at most {MaxQuestionLength} characters"));

        var found = slug.Length > MaxSlugLength ? null : await channels.FindAsync(slug, cancellationToken);
        if (found is null) return TypedResults.NotFound(new FaqSuggestError("unknown channel"));
        // A channel without FAQ suggestions answers an empty list, as its customer page shows none either.
        var suggestions = await faq.SuggestForChannelAsync(found, question, cancellationToken);
        // Absolute: the caller is a page on another site, where "/faq/1" would point at that site.
        var articles = $"{request.Scheme}://{request.Host}{request.PathBase}/faq/";
        return TypedResults.Ok(suggestions.Select(s => new FaqSuggestItem(s.ArticleId, s.Title, s.Excerpt, articles + s.ArticleId)).ToList());
    }
}

/// <summary>One suggestion; serialized camelCase. <see cref="Url"/> is the public article page.</summary>
internal sealed record FaqSuggestItem(int Id, string Title, string Excerpt, string Url);

internal sealed record FaqSuggestError(string Error);
