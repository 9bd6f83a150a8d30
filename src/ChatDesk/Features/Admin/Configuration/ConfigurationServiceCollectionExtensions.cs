using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Authorization;

namespace ChatDesk.Features.Admin.Configuration;

public static class ConfigurationServiceCollectionExtensions
{
    public const string ExportPath = "/admin/configuration/export.json";

    public static IServiceCollection AddChatDeskConfigurationFile(this IServiceCollection services)
    {
        services.AddSingleton<ConfigurationImporter>();
        services.AddSingleton<ConfigurationFile>();
        return services;
    }

    /// <summary>The export as a download: a plain GET, so the browser saves it like any file.</summary>
    public static IEndpointRouteBuilder MapConfigurationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (HttpContext http, ConfigurationFile file, TimeProvider time) =>
            {
                var json = await file.ExportAsync(StaffActor.From(http.User), http.RequestAborted);
                var name = $"chatdesk-config-{time.GetUtcNow():yyyyMMdd-HHmm}.json";
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", name);
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = StaffRoles.AdminArea });
        return endpoints;
    }
}
