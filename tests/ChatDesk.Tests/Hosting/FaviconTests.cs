using System.Net;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Hosting;

/// <summary>Browsers ask every site for /favicon.ico; every page names its icon, and the icon is there.</summary>
[Collection(AppHostCollection.Name)]
public sealed class FaviconTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public FaviconTests() => factory = new ChatDeskFactory(database);

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task TheFaviconIsServedAsAnIcon()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // the ICO header
    }

    [Theory]
    [InlineData("/chat/support")]
    [InlineData("/chat/support-sv")]
    [InlineData("/account/login")]
    [InlineData("/demo")]
    public async Task EveryPageLinksAnIconThatExists(string page)
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(page);

        var link = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"icon\" href=\"([^\"]+)\"");
        Assert.True(link.Success, "no icon link on " + page);
        var icon = await client.GetAsync("/" + link.Groups[1].Value.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
    }
}
