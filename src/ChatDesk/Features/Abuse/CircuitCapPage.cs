using Microsoft.Net.Http.Headers;

namespace ChatDesk.Features.Abuse;

/// <summary>The page's side of the circuit caps: before an interactive page is rendered, whether its window would
/// be admitted; if not, the request answers 503 with Retry-After and the busy page is rendered instead.</summary>
public static class CircuitCapPage
{
    public const int RetryAfterSeconds = 10;

    public static bool RefuseInteractive(HttpContext context)
    {
        var counter = context.RequestServices.GetRequiredService<CircuitCounter>();
        if (counter.HasRoom(ClientAddress.Of(context))) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}
