using System.Net.Http.Json;
using ChatDesk.Tests.Features.Api;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12 over the public API: a message costs the token check and the send's two statements, nothing
/// more (no channel read, one statement for the staff token with its roles); receivers need no read at all, as the
/// hub event carries the message (ChatHubTests).</summary>
[Collection(AppHostCollection.Name)]
public sealed class ApiSendRoundTripTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task EachSideSendsForThreeStatements()
    {
        var chat = await world.QueuedChatAsync();
        // Before the clients are made: their handlers then run each request in the test's async flow, where the window counts.
        world.Factory.Server.PreserveExecutionContext = true;
        var (_, secret) = await world.TokenForAsync("agent1");
        var agent = world.Client(secret);
        var customer = world.Client(chat.Token);
        // The accept also writes the token's "last used" (at most once a minute), so the sends below do not.
        (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();

        using (var window = world.Commands.Begin())
        {
            (await customer.PostAsJsonAsync("/api/v1/chat/messages", new { clientId = Guid.NewGuid(), text = "Is it shipped?" })).EnsureSuccessStatusCode();
            Assert.Equal(3, window.Count);
        }
        using (var window = world.Commands.Begin())
        {
            (await agent.PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/messages", new { clientId = Guid.NewGuid(), text = "Yes, today." }))
                .EnsureSuccessStatusCode();
            Assert.Equal(3, window.Count);
        }

        var messages = await customer.GetFromJsonAsync<List<ChatDesk.Features.Api.MessageItem>>("/api/v1/chat/messages?after=1");
        Assert.Equal(["Is it shipped?", "Yes, today."], messages!.TakeLast(2).Select(m => m.Text));
    }
}
