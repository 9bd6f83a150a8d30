using ChatDesk.Hosting;
using Scalar.AspNetCore;

namespace ChatDesk.Features.Api;

/// <summary>The public API (<c>/api/v1</c>), its hub, its OpenAPI document and reference page.</summary>
public static class ApiServiceCollectionExtensions
{
    public const string DocsPath = "/api/docs";
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>The reference page's policy: Scalar starts from an inline script, so that page (and only it) may run
    /// inline script; everything else stays as strict as the app's own policy.</summary>
    internal static readonly string DocsPolicy = string.Join("; ",
        "default-src 'self'", "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'", "connect-src 'self'",
        "img-src 'self' data: https:", "font-src 'self' data:", "frame-ancestors 'self'", "base-uri 'self'",
        "form-action 'self'", "object-src 'none'");

    public static IServiceCollection AddChatDeskPublicApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ApiOptions, ApiOptionsValidator>(configuration, ApiOptions.Section);
        services.AddSingleton<PersonalAccessTokens>();
        services.AddSingleton<CustomerForm>();
        services.AddSingleton<ChatHubSubscriptions>();
        services.AddSingleton<StaffHubConnections>();
        services.AddHostedService<StaffHubRevalidation>();
        services.AddSignalR();
        services.AddProblemDetails();
        services.AddRateLimiter(limits => limits
            .AddPolicy<string, CustomerApiRateLimit>(ApiRateLimit.CustomerName)
            .AddPolicy<string, StaffApiRateLimit>(ApiRateLimit.StaffName));
        services.AddOpenApi(o =>
        {
            // The document describes the public API only, not the pages or the widget's endpoints.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ChatDesk API";
                document.Info.Description = "Customer routes take the chat token returned once by StartChat, as "
                    + "`Authorization: Bearer <token>` (or `X-Chat-Token`). Staff routes take a personal access token "
                    + "(`/account/tokens`) as `Authorization: Bearer cdpat_…`. Errors are RFC 7807 problem details. "
                    + "Real-time events: SignalR hub `/hubs/chat` with the chat token.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapChatDeskPublicApi(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(DocsPath),
            branch => branch.Use((http, next) =>
            {
                http.Items[SecurityHeaders.PolicyOverride] = DocsPolicy;
                return next(http);
            }));
        app.UseChatHubGate();
        app.UseApiErrorBodies();
        var api = app.MapGroup("/api/v1");
        CustomerStartEndpoints.MapCustomerStart(api);
        CustomerChatEndpoints.MapCustomerChat(api);
        StaffEndpoints.MapStaff(api);
        app.MapHub<ChatHub>(ChatHub.Path);
        app.MapOpenApi(OpenApiPath);
        // Served from the package itself: no CDN fonts, no telemetry, so the page stays within its 'self' policy.
        app.MapScalarApiReference(DocsPath, o => o.WithTitle("ChatDesk API").WithOpenApiRoutePattern(OpenApiPath)
            .DisableDefaultFonts().DisableTelemetry());
        return app;
    }
}
