using System.Net;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Tickets;

[Collection(AppHostCollection.Name)]
public sealed class TicketPageAccessTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public TicketPageAccessTests() => factory = new ChatDeskFactory(database);

    [Theory]
    [InlineData("/agent/tickets")]
    [InlineData("/agent/tickets/1001")]
    public async Task TheTicketPagesSendAnonymousVisitorsToSignIn(string path)
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
