using ChatDesk.Features.Abuse;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Identity;

/// <summary>
/// Sign-in attempts (POSTs of the login form) per client address: <c>Abuse:LoginPerMinute</c> in a fixed
/// one-minute window, so password guessing across many accounts is slow even where each account's own lockout
/// never triggers. Showing the form (GET) is not limited. A refused attempt lands on the sign-in page with a
/// message and the typed user name, not on a bare 429.
/// </summary>
internal sealed class LoginRateLimit(IOptions<LoginLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "login";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method)) return RateLimitPartition.GetNoLimiter("");
        // Behind a proxy this is the client's address once the forwarded headers are applied.
        var client = ClientAddress.Of(httpContext);
        return FixedWindowPartition.For(client, options.Value.LoginPerMinute);
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RedirectToFormAsync;

    private static async ValueTask RedirectToFormAsync(OnRejectedContext context, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        var query = new Dictionary<string, string?> { ["error"] = "rate" };
        if (request.Query.TryGetValue("ReturnUrl", out var returnUrl)) query["ReturnUrl"] = returnUrl;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.TryGetValue("Input.UserName", out var userName)) query["userName"] = userName;
        }
        // 303: the browser fetches the form with GET instead of posting again.
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = QueryHelpers.AddQueryString(request.PathBase + "/account/login", query);
    }
}

internal static class LoginRateLimitExtensions
{
    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy<string, LoginRateLimit>(LoginRateLimit.Policy));
}
