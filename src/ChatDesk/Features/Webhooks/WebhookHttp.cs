using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Webhooks;

/// <summary>The HTTP client deliveries go through. Its connections check the address a name really resolved to, so a
/// public name pointing at 127.0.0.1 (or changing to it after the URL was saved) is refused in Production.</summary>
public static class WebhookHttp
{
    public const string ClientName = "webhooks";

    public static IServiceCollection AddWebhookHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, (sp, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("ChatDesk-Webhooks/1");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowPrivate = AllowsPrivate(sp);
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false, // a redirect could lead to a private address past the check
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, ct) => ConnectAsync(context, allowPrivate, ct),
                };
            });
        return services;
    }

    /// <summary>Private targets are allowed outside Production, or when Webhooks:AllowPrivateTargets is set.</summary>
    public static bool AllowsPrivate(IServiceProvider services) =>
        services.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateTargets
        || !services.GetRequiredService<IHostEnvironment>().IsProduction();

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = addresses.Where(a => allowPrivate || !WebhookUrl.IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to private addresses, which Webhooks:AllowPrivateTargets does not allow.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
