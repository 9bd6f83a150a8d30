using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatDesk.Tests.Features.Api;

/// <summary>A customer's app sends on the /hubs/chat connection it holds anyway, under the rules of
/// POST /api/v1/chat/messages: client id, idempotent, length, blank text, only while the chat is live.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ChatHubSendTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    // A chat agent1 has accepted, with agent1's API client.
    private async Task<(StartChatResponse Chat, HttpClient Agent)> ActiveChatAsync()
    {
        var chat = await world.QueuedChatAsync();
        var agent = world.Client((await world.TokenForAsync("agent1")).Secret);
        (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();
        return (chat, agent);
    }

    private long Stored(long chatId, string text) =>
        world.Scalar($"SELECT COUNT(*) FROM \"Messages\" WHERE \"SessionId\" = {chatId} AND \"Text\" = '{text}'");

    [Fact]
    public async Task TheCustomersHubSendIsStoredOnceAndTheAgentReadsIt()
    {
        var (chat, agent) = await ActiveChatAsync();
        await using var hub = world.Hub(chat.Token);
        await hub.StartAsync();
        var clientId = Guid.NewGuid();

        var first = await hub.InvokeAsync<HubSendResult>("Send", clientId, "Sent on the socket");
        var resent = await hub.InvokeAsync<HubSendResult>("Send", clientId, "Sent on the socket");

        Assert.Equal((clientId, null), (first.ClientId, first.Code));
        Assert.Null(resent.Code);
        Assert.Equal(1, Stored(chat.ChatId, "Sent on the socket"));
        var messages = await agent.GetFromJsonAsync<List<MessageItem>>($"/api/v1/staff/chats/{chat.ChatId}/messages");
        var message = Assert.Single(messages!, m => m.Text == "Sent on the socket");
        Assert.Equal("customer", message.Author);
    }

    [Fact]
    public async Task BadInputIsRefusedWithTheCodeAndALocalizedMessageAndNothingStored()
    {
        var (chat, _) = await ActiveChatAsync();
        await using var hub = world.Hub(chat.Token, language: "sv");
        await hub.StartAsync();
        var before = world.Scalar($"SELECT COUNT(*) FROM \"Messages\" WHERE \"SessionId\" = {chat.ChatId}");

        var noId = await hub.InvokeAsync<HubSendResult>("Send", Guid.Empty, "No id");
        var blank = await hub.InvokeAsync<HubSendResult>("Send", Guid.NewGuid(), " \u200B ");
        var tooLong = await hub.InvokeAsync<HubSendResult>("Send", Guid.NewGuid(), new string('x', ChatDesk.Features.Conversations.ChatText.MaxMessageLength + 1));

        Assert.Equal(("InvalidInput", "Ge varje meddelande ett klient-id (ett GUID); ett meddelande som skickas igen med samma id sparas en gång."),
            (noId.Code, noId.Message));
        Assert.Equal(("InvalidInput", "Ditt meddelande är tomt. Skriv något innan du skickar."), (blank.Code, blank.Message));
        Assert.Equal("InvalidInput", tooLong.Code);
        Assert.Contains("högst", tooLong.Message);
        Assert.Equal(before, world.Scalar($"SELECT COUNT(*) FROM \"Messages\" WHERE \"SessionId\" = {chat.ChatId}"));
    }

    [Fact]
    public async Task AnEndedChatTakesNoMoreAndAStaffConnectionCannotSendThisWay()
    {
        var (chat, agent) = await ActiveChatAsync();
        await using var customer = world.Hub(chat.Token);
        await using var staff = world.Hub((await world.TokenForAsync("agent1")).Secret);
        await customer.StartAsync();
        await staff.StartAsync();
        (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/end", null)).EnsureSuccessStatusCode();

        var afterEnd = await customer.InvokeAsync<HubSendResult>("Send", Guid.NewGuid(), "Anyone?");
        var fromStaff = await staff.InvokeAsync<HubSendResult>("Send", Guid.NewGuid(), "Not like this");

        Assert.Equal(("NotActive", "The chat does not take messages now."), (afterEnd.Code, afterEnd.Message));
        Assert.Equal("NotACustomer", fromStaff.Code);
        Assert.Equal(0, Stored(chat.ChatId, "Anyone?") + Stored(chat.ChatId, "Not like this"));
    }
}
