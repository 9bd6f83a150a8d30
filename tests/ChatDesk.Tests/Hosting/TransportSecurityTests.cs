using System.Net;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Hosting;

/// <summary>Production: HTTPS redirection, HSTS and forwarded headers from known proxies only.</summary>
[Collection(AppHostCollection.Name)]
public sealed class TransportSecurityTests : IDisposable
{
    private const string Site = "chat.example.test";
    private static readonly IPAddress Stranger = IPAddress.Parse("203.0.113.5");
    private readonly SharedMemoryDatabase database = new();

    private ChatDeskFactory Production(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["https_port"] = "443" };
        foreach (var (key, value) in settings) all[key] = value;
        return new ChatDeskFactory(database, all) { Environment = "Production" };
    }

    [Fact]
    public async Task PlainHttpIsRedirectedToHttps()
    {
        await using var factory = Production();
        using var client = ClientFrom.Address(factory, Stranger, $"http://{Site}/");

        var response = await client.GetAsync("/chat/support");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{Site}/chat/support", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HttpsResponsesCarryHsts()
    {
        await using var factory = Production();
        using var client = ClientFrom.Address(factory, Stranger, $"https://{Site}/");

        var response = await client.GetAsync("/chat/support");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task ATlsProxyOnThisMachineMakesTheRequestHttps()
    {
        await using var factory = Production();
        using var proxy = ClientFrom.Address(factory, IPAddress.Loopback, $"http://{Site}/");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");

        var response = await proxy.GetAsync("/chat/support");

        // Request.IsHttps: no redirect, and HSTS (sent on HTTPS requests only).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task BehindTheProxyTheSignInRedirectStaysOnHttps()
    {
        await using var factory = Production();
        using var proxy = ClientFrom.Address(factory, IPAddress.Loopback, $"http://{Site}/");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await proxy.GetAsync("/agent");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"https://{Site}/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUnknownAddressAreIgnored()
    {
        await using var factory = Production();
        using var stranger = ClientFrom.Address(factory, Stranger, $"http://{Site}/");
        stranger.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await stranger.GetAsync("/chat/support");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies", "10.1.2.3")]
    [InlineData("Proxy:KnownNetworks", "10.1.0.0/16, 192.168.7.0/24")]
    public async Task ConfiguredProxiesReplaceTheLoopbackDefault(string key, string value)
    {
        await using var factory = Production((key, value));
        using var proxy = ClientFrom.Address(factory, IPAddress.Parse("10.1.2.3"), $"http://{Site}/");
        using var local = ClientFrom.Address(factory, IPAddress.Loopback, $"http://{Site}/");
        foreach (var client in new[] { proxy, local }) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        Assert.Equal(HttpStatusCode.OK, (await proxy.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await local.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task OutsideProductionPlainHttpIsServed()
    {
        await using var factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["https_port"] = "443" }) { Environment = "Development" };
        using var client = ClientFrom.Address(factory, Stranger, $"http://{Site}/");

        var response = await client.GetAsync("/chat/support");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    public void Dispose() => database.Dispose();
}
