using System.Net;
using System.Text.Json;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary>The export download over HTTP, signed in through the real login form.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ConfigurationEndpointTests : IDisposable
{
    private const string Export = "/admin/configuration/export.json";
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public ConfigurationEndpointTests() => factory = new ChatDeskFactory(database);

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(Export);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("agent1")]
    [InlineData("supervisor")]
    public async Task StaffWithoutTheAdminRoleAreRefused(string userName)
    {
        var client = await SignedInAsync(userName);

        var response = await client.GetAsync(Export);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AnAdminDownloadsTheConfigurationAsAJsonAttachment()
    {
        var client = await SignedInAsync("admin");

        var response = await client.GetAsync(Export);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("chatdesk-config-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("support", json.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
    }

    private Task<HttpClient> SignedInAsync(string userName) => StaffSignIn.ClientForAsync(factory, userName);

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
