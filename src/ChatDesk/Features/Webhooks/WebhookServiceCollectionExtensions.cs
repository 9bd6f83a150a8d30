using ChatDesk.Data;
using ChatDesk.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>Webhooks: capture into the persisted queue, the sender, the bus fallback and the admin service.
    /// Needs AddChatDeskData, IChatEvents, AuditLog and a TimeProvider.</summary>
    public static IServiceCollection AddChatDeskWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WebhookOptions, WebhookOptionsValidator>(configuration, WebhookOptions.Section);
        services.AddSingleton(sp => new WebhookPolicy(WebhookHttp.AllowsPrivate(sp)));
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton<WebhookCapture>();
        // Every context the app's factory makes adds the deliveries of its changes to the same commit.
        services.ConfigureDbContext<ChatDeskDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<WebhookCapture>()),
            ServiceLifetime.Singleton);
        services.AddHostedService<WebhookTargetRefresh>();
        services.AddHostedService<WebhookBusFallback>();
        services.AddWebhookHttpClient();
        // Registered as itself too, so tests and tools can run a pass on the hosted instance.
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        services.AddSingleton<WebhookAdmin>();
        return services;
    }
}
