using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Abuse;

/// <summary><c>Abuse:WidgetPerMinute</c> requests per client address and minute to the widget endpoint. The refusal
/// is a 429 any company page may read (CORS as on a normal answer) with <c>Retry-After</c>, so widget.js backs off.</summary>
internal sealed class WidgetRateLimit(IOptionsMonitor<AbuseOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "widget";

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
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.CurrentValue.WidgetPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
