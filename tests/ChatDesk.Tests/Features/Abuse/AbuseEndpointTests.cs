using System.Net;
using ChatDesk.Features.Abuse;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Abuse;

/// <summary>The limits as a browser or a company page meets them over HTTP.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AbuseEndpointTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public AbuseEndpointTests() => factory = new ChatDeskFactory(database, new Dictionary<string, string?>
    {
        ["Abuse:WidgetPerMinute"] = "3",
        ["Abuse:MaxCircuits"] = "1",
        ["Abuse:MaxCircuitsPerClient"] = "1",
    });

    [Fact]
    public async Task TheWidgetEndpointRefusesAFloodWithA429ACompanyPageCanRead()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        // 2 × 3 + 1 requests: even if the minute's window turns over once in between, one must be refused.
        for (var i = 0; i < 7; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/widget/support");
            request.Headers.Add("Origin", "https://shop.example");
            answers.Add(await client.SendAsync(request));
        }

        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        var refused = answers.FirstOrDefault(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.Equal("*", Assert.Single(refused.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Retry-After", Assert.Single(refused.Headers.GetValues("Access-Control-Expose-Headers")));
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("too many requests", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AtTheCircuitCapThePageIsTheBusyPageInTheChannelsLanguageWithNoInteractiveWindow()
    {
        var client = factory.CreateClient();
        var slot = factory.Services.GetRequiredService<CircuitCounter>().TryOpen("203.0.113.9");
        Assert.NotNull(slot);

        var swedish = await client.GetAsync("/chat/support-sv");
        var english = await client.GetAsync("/chat/support");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, swedish.StatusCode);
        Assert.NotNull(swedish.Headers.RetryAfter);
        var html = WebUtility.HtmlDecode(await swedish.Content.ReadAsStringAsync());
        Assert.Contains("Mycket att göra just nu", html);
        Assert.DoesNotContain("\"type\":\"server\"", html); // no interactive component to start a circuit for
        Assert.Contains("Very busy right now", await english.Content.ReadAsStringAsync());

        slot.Release();
        var after = await client.GetAsync("/chat/support");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var page = await after.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Very busy right now", page);
        Assert.Contains("\"type\":\"server\"", page);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
