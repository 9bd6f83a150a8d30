using System.Net;
using System.Reflection;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>
/// Every route of the supervisor and admin areas, found from the app's own endpoint table (pages, CSV and
/// file downloads alike), so a route added later is covered without touching this test.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class StaffAreaAccessTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public StaffAreaAccessTests() => factory = new ChatDeskFactory(database);

    [Fact]
    public async Task AnAgentReachesNoSupervisorOrAdminRoute()
    {
        var client = await StaffSignIn.ClientForAsync(factory, "agent1");

        foreach (var path in RoutesUnder("/supervisor").Concat(RoutesUnder("/admin")))
            await AssertRefusedAsync(client, path);
    }

    [Fact]
    public async Task ASupervisorReachesNoAdminRoute()
    {
        var client = await StaffSignIn.ClientForAsync(factory, "supervisor");

        foreach (var path in RoutesUnder("/admin"))
            await AssertRefusedAsync(client, path);
    }

    [Fact]
    public async Task ASupervisorOpensTheSupervisorPages()
    {
        var client = await StaffSignIn.ClientForAsync(factory, "supervisor");

        var response = await client.GetAsync("/supervisor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryStaffRoute()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in RoutesUnder("/supervisor").Concat(RoutesUnder("/admin")).Concat(RoutesUnder("/agent")))
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {response.StatusCode}");
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public void TheAreaRoutesAreFound()
    {
        // Guards the guard: if route discovery broke, the tests above would pass over an empty list.
        Assert.Contains("/supervisor", RoutesUnder("/supervisor"));
        Assert.Contains("/admin", RoutesUnder("/admin"));
        Assert.Contains("/admin/channels", RoutesUnder("/admin"));
        Assert.Contains("/admin/outbox", RoutesUnder("/admin"));
    }

    [Fact]
    public void EveryPageInTheSupervisionAndAdminFeaturesDemandsItsArea()
    {
        var pages = typeof(StaffRoles).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any());

        foreach (var page in pages)
        {
            var expected = page.Namespace switch
            {
                { } ns when ns.StartsWith("ChatDesk.Features.Admin", StringComparison.Ordinal) => StaffRoles.AdminArea,
                { } ns when ns.StartsWith("ChatDesk.Features.Supervision", StringComparison.Ordinal) => StaffRoles.SupervisorArea,
                _ => null,
            };
            if (expected is null) continue;
            var roles = page.GetCustomAttribute<AuthorizeAttribute>()?.Roles;
            Assert.True(roles == expected, $"{page.Name} demands roles '{roles}', expected '{expected}'");
        }
    }

    [Theory]
    [InlineData("en", "Access denied", "Your account does not have access to that page.")]
    [InlineData("sv-SE,sv;q=0.9,en;q=0.5", "Åtkomst nekad", "Ditt konto har inte behörighet till den sidan.")]
    public async Task TheRefusalPageSpeaksTheBrowsersLanguage(string language, string heading, string sentence)
    {
        var client = await StaffSignIn.ClientForAsync(factory, "agent1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/access-denied");
        request.Headers.AcceptLanguage.ParseAdd(language);

        var body = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains($">{heading}</h1>", body);
        Assert.Contains(sentence, body);
    }

    private static async Task AssertRefusedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    private IReadOnlyList<string> RoutesUnder(string area) =>
        factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Where(p => p == area || p.StartsWith(area + "/", StringComparison.Ordinal))
            .Select(SampleValues).Distinct().Order().ToList();

    /// <summary>A concrete path for a template: "/admin/channels/{Id:int}" becomes "/admin/channels/1".</summary>
    private static string SampleValues(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{\*?\*?([^}:]+)(:[^}]*)?\}", m =>
            m.Groups[2].Value is ":int" or ":long" ? "1" : "sample");

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
