using System.Net;
using ChatDesk.Data;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Hosting;

[Collection(AppHostCollection.Name)]
public sealed class HttpEndpointTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public HttpEndpointTests() => factory = new ChatDeskFactory(database);

    [Fact]
    public async Task HealthzAnswersHealthyWhenTheDatabaseAnswers()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthzAnswersUnhealthyWhenTheSchemaIsGone()
    {
        var client = factory.CreateClient();
        database.Execute(database.Provider == DatabaseProvider.Postgres
            ? "DROP TABLE \"Channels\" CASCADE;" : "PRAGMA foreign_keys = OFF; DROP TABLE Channels;");

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownChannelIsA404InPlainWords()
    {
        var response = await factory.CreateClient().GetAsync("/chat/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("find that page", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/chat/support", "en", "Chat with Nordhem support")]
    [InlineData("/chat/support-sv", "sv", "Chatta med Nordhems kundtj&#xE4;nst")]
    public async Task CustomerPagesAreInTheChannelsLanguage(string path, string language, string header)
    {
        var html = await factory.CreateClient().GetStringAsync(path);

        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains(header, html);
    }

    [Theory]
    [InlineData("/agent")]
    [InlineData("/supervisor")]
    [InlineData("/admin")]
    public async Task StaffAreasSendAnonymousVisitorsToSignIn(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
