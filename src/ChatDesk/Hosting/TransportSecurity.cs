using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ChatDesk.Hosting;

/// <summary>
/// Production only: trust <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> from known proxies (so a TLS proxy's
/// requests count as HTTPS: Secure cookies, no redirect loop, the real client address), then HSTS and a redirect
/// of plain HTTP to HTTPS. Development and the tests run over plain HTTP and are left alone.
/// </summary>
internal static class TransportSecurity
{
    public const string Section = "Proxy";

    public static IServiceCollection AddChatDeskTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse($"{Section}:KnownProxies", configuration[$"{Section}:KnownProxies"], IPAddress.Parse);
        var networks = Parse($"{Section}:KnownNetworks", configuration[$"{Section}:KnownNetworks"], System.Net.IPNetwork.Parse);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Without settings only a proxy on this machine is trusted (the framework's loopback defaults);
            // settings replace that list, they do not add to it.
            if (proxies.Count == 0 && networks.Count == 0) return;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseChatDeskTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsProduction()) return app;
        app.UseForwardedHeaders();
        app.UseHsts();
        app.UseHttpsRedirection();
        return app;
    }

    private static List<T> Parse<T>(string key, string? value, Func<string, T> parse)
    {
        var items = new List<T>();
        foreach (var item in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                items.Add(parse(item));
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{key}: '{item}' is not a valid {(typeof(T) == typeof(IPAddress) ? "IP address" : "network (address/prefix, e.g. 10.0.0.0/8)")}.");
            }
        }
        return items;
    }
}
