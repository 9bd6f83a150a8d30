namespace ChatDesk.Hosting;

/// <summary>
/// The security headers of every response: pages, static files, the API, redirects and error pages. They are set
/// when the response starts, so an exception handler or a status-code page that clears the headers cannot drop them.
/// This is the only place a Content-Security-Policy is set (Blazor's own frame-ancestors header is turned off in
/// MapChatDesk, so a response never carries two policies).
/// </summary>
internal static class SecurityHeaders
{
    public static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'self'",
        // No inline script anywhere: the pages load their scripts from wwwroot (js/start.js starts Blazor).
        "script-src 'self'",
        // 'unsafe-inline' for styles only: Blazor and MudBlazor set style attributes (popover positions, the
        // channel colour, chart sizes) and widget.js adds one <style> element. Inline styles cannot run script.
        "style-src 'self' 'unsafe-inline'",
        // Blazor's circuit is a WebSocket to this same host ('self' covers ws: and wss:), plus fetch to /api.
        "connect-src 'self'",
        // Channel logos are absolute https addresses an admin chooses, usually on the company's own site.
        "img-src 'self' data: https:",
        "font-src 'self' data:",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'");

    /// <summary>An endpoint that cannot live without inline script (the API reference page) puts its own, narrower
    /// policy here; every other response keeps <see cref="ContentSecurityPolicy"/>.</summary>
    public static readonly object PolicyOverride = new();

    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static WebApplication UseChatDeskSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items[PolicyOverride] as string ?? ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
