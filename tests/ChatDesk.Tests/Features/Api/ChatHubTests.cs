using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Api;

/// <summary>/hubs/chat tells the holder of a chat token what happened in that chat, and nobody else anything.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ChatHubTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    private HubConnection Hub(string token) => world.Hub(token);

    [Fact]
    public async Task TheHubDeliversTheAgentsMessageToTheTokenHolder()
    {
        var chat = await world.QueuedChatAsync();
        var (_, secret) = await world.TokenForAsync("agent1");
        var agent = world.Client(secret);
        (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();
        await using var hub = Hub(chat.Token);
        var heard = new TaskCompletionSource<MessageEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MessageEvent>("messageCreated", e => heard.TrySetResult(e));
        await hub.StartAsync();
        // The handshake answers before the server has filed the connection (OnConnectedAsync); a hub call is only
        // served after it, so once this returns the connection hears the chat's events.
        await hub.InvokeAsync("Typing", false);

        (await agent.PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/messages", new { clientId = Guid.NewGuid(), text = "Hello from the desk" }))
            .EnsureSuccessStatusCode();
        var created = await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The event carries the message (no read needed), and the stored one is the same.
        Assert.Equal(("Hello from the desk", "agent", created.Sequence), (created.Message?.Text, created.Message?.Author, created.Message?.Sequence));
        var messages = await world.Client(chat.Token).GetFromJsonAsync<List<MessageItem>>($"/api/v1/chat/messages?after={created.Sequence - 1}");
        Assert.Equal("Hello from the desk", Assert.Single(messages!).Text);
    }

    [Fact]
    public async Task TheHubRefusesABadToken()
    {
        await using var hub = Hub("not-a-chat-token");
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AnAgentsTokenWatchesItsOwnChatAndHearsTheCustomer()
    {
        var mine = await world.QueuedChatAsync();
        var other = await world.QueuedChatAsync("Someone else's question");
        var (_, secret) = await world.TokenForAsync("agent1");
        var agent = world.Client(secret);
        (await agent.PostAsync($"/api/v1/staff/chats/{mine.ChatId}/accept", null)).EnsureSuccessStatusCode();
        await using var hub = Hub(secret);
        var heard = new TaskCompletionSource<MessageEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MessageEvent>("messageCreated", e => heard.TrySetResult(e));
        await hub.StartAsync();

        Assert.False(await hub.InvokeAsync<bool>("Watch", other.ChatId));
        Assert.True(await hub.InvokeAsync<bool>("Watch", mine.ChatId));
        (await world.Client(mine.Token).PostAsJsonAsync("/api/v1/chat/messages", new { clientId = Guid.NewGuid(), text = "Still there?" }))
            .EnsureSuccessStatusCode();
        var message = await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(mine.ChatId, message.ChatId);
        Assert.Equal("Still there?", message.Message?.Text);
        var messages = await agent.GetFromJsonAsync<List<MessageItem>>($"/api/v1/staff/chats/{mine.ChatId}/messages?after={message.Sequence - 1}");
        Assert.Equal("Still there?", Assert.Single(messages!).Text);
    }

    [Fact]
    public async Task ARevokedStaffTokenIsRefused()
    {
        var (id, secret) = await world.TokenForAsync("agent1");
        Assert.Equal(1, world.Database.Execute($"UPDATE \"PersonalAccessTokens\" SET \"RevokedAt\" = 638000000000000000 WHERE \"Id\" = {id}"));
        await using var hub = Hub(secret);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AnOpenStaffConnectionIsClosedOnceItsTokenIsRevokedOrItsUserDisabled()
    {
        var chat = await world.QueuedChatAsync();
        var (revokedId, revokedSecret) = await world.TokenForAsync("agent1");
        var (_, keptSecret) = await world.TokenForAsync("agent1");
        (await world.Client(keptSecret).PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();
        await using var revoked = Hub(revokedSecret);
        await using var kept = Hub(keptSecret);
        var revokedClosed = Closed(revoked);
        var keptClosed = Closed(kept);
        await revoked.StartAsync();
        await kept.StartAsync();
        Assert.True(await revoked.InvokeAsync<bool>("Watch", chat.ChatId));
        Assert.True(await kept.InvokeAsync<bool>("Watch", chat.ChatId));
        var connections = world.Factory.Services.GetRequiredService<StaffHubConnections>();
        var user = await world.UserAsync("agent1");

        // The app's own pass runs every 10 s; the test runs one at once (whichever closes it, it must be closed).
        Assert.True(await world.Factory.Services.GetRequiredService<PersonalAccessTokens>()
            .RevokeAsync(new StaffActor(user.Id, "agent1", new HashSet<string>()), revokedId, CancellationToken.None));
        await connections.RevalidateAsync(CancellationToken.None);
        await revokedClosed.WaitAsync(TimeSpan.FromSeconds(30));
        // The other token still opens the hub: its connection stays and still serves.
        Assert.Equal(HubConnectionState.Connected, kept.State);
        Assert.True(await kept.InvokeAsync<bool>("Watch", chat.ChatId));

        world.Database.Execute($"UPDATE \"AspNetUsers\" SET \"Disabled\" = TRUE WHERE \"Id\" = '{user.Id}'");
        await connections.RevalidateAsync(CancellationToken.None);
        await keptClosed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, connections.Count);
    }

    private static Task Closed(HubConnection hub)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    [Fact]
    public void AnEventLineReachesStaffButNotTheCustomerInTheEvent()
    {
        var line = new ChatMessage { Sequence = 4, Author = AuthorKind.System, Kind = MessageKind.Event, Text = "Customer returned to the chat" };
        var text = new ChatMessage { Sequence = 5, Author = AuthorKind.Agent, Kind = MessageKind.Text, Text = "Welcome back" };

        Assert.Null(ChatHubSubscriptions.Shown(line, HubAudience.Customer));
        Assert.Equal("Customer returned to the chat", ChatHubSubscriptions.Shown(line, HubAudience.Staff)?.Text);
        Assert.Equal("Welcome back", ChatHubSubscriptions.Shown(text, HubAudience.Customer)?.Text);
        Assert.Null(ChatHubSubscriptions.Shown(null, HubAudience.Staff));
    }

    private sealed record MessageEvent(long ChatId, int Sequence, MessageItem? Message);
}
