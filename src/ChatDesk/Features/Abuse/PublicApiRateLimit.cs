using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Abuse;

/// <summary>A fixed number of requests per client address and minute to a public JSON endpoint that any company page
/// may call. The refusal is a 429 such a page may read (CORS as on a normal answer) with <c>Retry-After</c>, so its
/// script backs off. Each policy name counts on its own.</summary>
internal abstract class PublicApiRateLimit(IOptionsMonitor<AbuseOptions> options) : IRateLimiterPolicy<string>
{
    protected abstract int PerMinute(AbuseOptions options);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        // The answer is for a script, not a person: no HTML error page instead of it.
        if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.AccessControlAllowOrigin = "*";
        // Retry-After is not a header a cross-origin script may read unless it is exposed.
        response.Headers.AccessControlExposeHeaders = "Retry-After";
        response.Headers.CacheControl = "no-store";
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new { error = "too many requests" }, ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        FixedWindowPartition.For(ClientAddress.Of(httpContext), PerMinute(options.CurrentValue));
}

/// <summary><c>Abuse:WidgetPerMinute</c> requests per client address and minute to the widget endpoint.</summary>
internal sealed class WidgetRateLimit(IOptionsMonitor<AbuseOptions> options) : PublicApiRateLimit(options)
{
    public const string Name = "widget";

    protected override int PerMinute(AbuseOptions options) => options.WidgetPerMinute;
}

/// <summary><c>Abuse:FaqSuggestPerMinute</c> requests per client address and minute to the FAQ suggestion endpoint.</summary>
internal sealed class FaqSuggestRateLimit(IOptionsMonitor<AbuseOptions> options) : PublicApiRateLimit(options)
{
    public const string Name = "faq";

    protected override int PerMinute(AbuseOptions options) => options.FaqSuggestPerMinute;
}
