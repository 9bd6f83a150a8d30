using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace ChatDesk.Features.Setup;

internal static class SetupServiceCollectionExtensions
{
    public const string Path = "/setup";

    public static IServiceCollection AddChatDeskSetup(this IServiceCollection services)
    {
        services.AddSingleton<FirstAdmin>();
        services.AddHostedService<SetupHint>();
        return services;
    }

    /// <summary>
    /// <c>/setup</c> (page and form post) answers only a browser on this machine, and only while there is no admin;
    /// everyone else, and everyone after that, gets the plain "not found" page. Behind a reverse proxy on this
    /// machine every request arrives from loopback, so a request that came through a proxy (it carries forwarded
    /// headers, applied or not) is refused too.
    /// </summary>
    public static WebApplication UseChatDeskSetup(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            var firstAdmin = context.RequestServices.GetRequiredService<FirstAdmin>();
            if (!IsLocalBrowser(context) || await firstAdmin.AdminExistsAsync(context.RequestAborted))
            {
                // A refused form post gets a bare 404: re-running it as the "not found" page would be a POST
                // to that page with a token it cannot check.
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) &&
                    context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        }));
        return app;
    }

    internal static bool IsLocalBrowser(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("X-Original-For") || headers.ContainsKey("Forwarded"))
            return false;
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return IPAddress.IsLoopback(address);
    }
}
