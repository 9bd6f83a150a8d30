using System.Net;
using System.Text;
using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Hosting;

[Collection(AppHostCollection.Name)]
public sealed class CustomerLeftEndpointTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public CustomerLeftEndpointTests() => factory = new ChatDeskFactory(database);

    private static StringContent Beacon(string body) => new(body, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task TheBeaconMarksTheCustomerAsLeftWithoutCookiesOrAntiforgery()
    {
        var client = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>();
        int channelId;
        await using (var db = await contexts.CreateDbContextAsync())
            channelId = await db.Channels.Select(c => c.Id).FirstAsync();
        var chat = await factory.Services.GetRequiredService<ConversationService>()
            .StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None);

        var response = await client.PostAsync("/api/chat/left", Beacon(chat.IssuedToken!));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var stored = await factory.Services.GetRequiredService<ConversationService>().FindAsync(chat.Id, CancellationToken.None);
        Assert.Equal(CustomerConnection.Left, stored!.CustomerConnection);
        Assert.NotNull(stored.CustomerGoneAt);
    }

    [Fact]
    public async Task AnUnknownTokenGetsTheSameEmptyAnswer()
    {
        var response = await factory.CreateClient().PostAsync("/api/chat/left", Beacon("no-such-chat"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task ABodyOverOneHundredBytesIsRefused()
    {
        var response = await factory.CreateClient().PostAsync("/api/chat/left", Beacon(new string('x', 101)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AFormBodyIsNotABeacon()
    {
        var response = await factory.CreateClient().PostAsync("/api/chat/left",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("token", "x")]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
