using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using ChatDesk.EndToEnd.Harness;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class WidgetTests
{
    [Fact]
    public async Task TheWidgetApiDescribesAChannelToAnyOrigin()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };

        var response = await http.GetAsync("/api/widget/support");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["name", "slug", "language", "badgeText", "color", "open", "chatUrl"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Nordhem Support", root.GetProperty("name").GetString());
        Assert.Equal("support", root.GetProperty("slug").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("Chat with us", root.GetProperty("badgeText").GetString());
        Assert.Equal("#1565c0", root.GetProperty("color").GetString());
        Assert.Contains(root.GetProperty("open").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal("/chat/support", root.GetProperty("chatUrl").GetString());
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("support-with-a-slug-that-is-far-too-long-to-be-any-channel")]
    public async Task TheWidgetApiAnswersAnUnknownChannelWithA404InJson(string slug)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };

        var response = await http.GetAsync("/api/widget/" + slug);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("""{"error":"unknown channel"}""", await response.Content.ReadAsStringAsync());
    }
}
