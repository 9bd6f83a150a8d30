using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatDesk.Tests.Features.Api;

/// <summary>A customer's chat token reaches its own chat and no other, over HTTP and over the hub (issue 12).</summary>
[Collection(AppHostCollection.Name)]
public sealed class CustomerTokenIsolationTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ACustomerTokenHearsNothingOfAnotherChatOnTheHubAndCannotWatchIt()
    {
        var mine = await world.QueuedChatAsync("My own question");
        var other = await world.QueuedChatAsync("Someone else's question");
        var agent = world.Client((await world.TokenForAsync("agent1")).Secret);
        foreach (var chat in new[] { mine, other })
            (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();
        await using var hub = world.Hub(mine.Token);
        var heard = new ConcurrentQueue<long>();
        var ownMessage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MessageEvent>("messageCreated", e =>
        {
            heard.Enqueue(e.ChatId);
            if (e.ChatId == mine.ChatId) ownMessage.TrySetResult();
        });
        hub.On<StatusEvent>("statusChanged", e => heard.Enqueue(e.ChatId));
        await hub.StartAsync();

        // Watching is for staff: a customer's connection may not add another chat to what it hears.
        Assert.False(await hub.InvokeAsync<bool>("Watch", other.ChatId));
        // The other chat's message goes first, so it would have arrived by the time this chat's own one does.
        await SayAsync(agent, other.ChatId, "Private to the other customer");
        await SayAsync(agent, mine.ChatId, "For you");
        await ownMessage.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(heard, chatId => Assert.Equal(mine.ChatId, chatId));
    }

    [Theory]
    [InlineData("GET", "/api/v1/staff/chats/{0}/messages")]
    [InlineData("POST", "/api/v1/staff/chats/{0}/messages")]
    [InlineData("POST", "/api/v1/staff/chats/{0}/end")]
    [InlineData("GET", "/api/v1/staff/bot/chats/{0}/messages")]
    [InlineData("POST", "/api/v1/staff/chats/{0}/handoff")]
    public async Task ACustomerTokenOpensNoRouteThatNamesAnotherChat(string method, string route)
    {
        var mine = await world.QueuedChatAsync("My own question");
        var other = await world.QueuedChatAsync("Someone else's question");
        var customer = world.Client(mine.Token);

        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(route, other.ChatId));
        if (method == "POST") request.Content = JsonContent.Create(new { clientId = Guid.NewGuid(), text = "Let me in" });
        var response = await customer.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Someone else", await response.Content.ReadAsStringAsync());
        var theirs = await world.Client(other.Token).GetFromJsonAsync<List<ChatDesk.Features.Api.MessageItem>>("/api/v1/chat/messages");
        Assert.DoesNotContain(theirs!, m => m.Text == "Let me in");
        Assert.Equal("queued", (await world.Client(other.Token).GetFromJsonAsync<ChatDesk.Features.Api.ChatStateResponse>("/api/v1/chat"))!.Status);
    }

    private static async Task SayAsync(HttpClient agent, long chatId, string text) =>
        (await agent.PostAsJsonAsync($"/api/v1/staff/chats/{chatId}/messages", new { clientId = Guid.NewGuid(), text })).EnsureSuccessStatusCode();

    private sealed record MessageEvent(long ChatId, int Sequence);

    private sealed record StatusEvent(long ChatId, string Status);
}
