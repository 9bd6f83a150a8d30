using System.Net;
using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Tests.Features.Api;
using ChatDesk.Tests.Support;
using static ChatDesk.Tests.Features.Bots.BotWorld;

namespace ChatDesk.Tests.Features.Bots;

/// <summary>A bot over HTTP, as an outside program: it answers the customer, resolves, or hands off to the queue, and
/// an agent who accepts then sees the whole conversation.</summary>
[Collection(AppHostCollection.Name)]
public sealed class BotApiTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();
    private string bot = "";

    public async Task InitializeAsync()
    {
        await world.PresentAsync("agent1");
        bot = await world.BotFirstAsync();
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ABotAnswersACustomerAndResolvesTheChat()
    {
        var chat = await world.StartAsync("How do I descale my kettle?");
        var botClient = world.Client(bot);
        var customer = world.Client(chat.Token);

        var waiting = await botClient.GetFromJsonAsync<List<BotChatItem>>("/api/v1/staff/bot/chats");
        var answer = await botClient.SayAsync($"/api/v1/staff/bot/chats/{chat.ChatId}/messages", "Fill it with vinegar and water, then boil.");
        var thanks = await customer.SayAsync("/api/v1/chat/messages", "Thanks, that worked");
        var seenByBot = await botClient.GetFromJsonAsync<List<MessageItem>>($"/api/v1/staff/bot/chats/{chat.ChatId}/messages?after=0");
        var resolved = await botClient.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/resolve", null);

        Assert.Equal("bot", chat.Status);
        Assert.Single(waiting!, c => c.ChatId == chat.ChatId && c.CustomerName == "Ada Lovelace");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Contains(seenByBot!, m => m is { Author: "customer", Text: "Thanks, that worked" });
        Assert.Equal(HttpStatusCode.NoContent, resolved.StatusCode);
        var messages = await customer.GetFromJsonAsync<List<MessageItem>>("/api/v1/chat/messages");
        Assert.Contains(messages!, m => m is { AuthorName: BotName, Text: "Fill it with vinegar and water, then boil." });
        var state = await customer.GetFromJsonAsync<ChatStateResponse>("/api/v1/chat");
        Assert.Equal(("ended", "resolvedByBot"), (state!.Status, state.EndReason));
        // Once resolved the chat is no longer the bot's to write in.
        var late = await botClient.SayAsync($"/api/v1/staff/bot/chats/{chat.ChatId}/messages", "Anything else?");
        Assert.Equal("NotWithBot", (await late.Content.ReadFromJsonAsync<Problem>())!.Code);
    }

    [Fact]
    public async Task AHandOffPutsTheChatInTheQueueWithItsWholeHistory()
    {
        var chat = await world.StartAsync("My blender makes a strange noise");
        var botClient = world.Client(bot);
        await botClient.SayAsync($"/api/v1/staff/bot/chats/{chat.ChatId}/messages", "Is it plugged in firmly?");
        await world.Client(chat.Token).SayAsync("/api/v1/chat/messages", "Yes, it still grinds");

        var handOff = await botClient.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/handoff", null);

        Assert.Equal(HttpStatusCode.NoContent, handOff.StatusCode);
        var (_, agentToken) = await world.TokenForAsync("agent1");
        var agent = world.Client(agentToken);
        var queue = await agent.GetFromJsonAsync<List<QueueItem>>("/api/v1/staff/queue");
        Assert.Single(queue!, q => q.ChatId == chat.ChatId);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).StatusCode);
        var history = (await agent.GetFromJsonAsync<List<MessageItem>>($"/api/v1/staff/chats/{chat.ChatId}/messages?after=0"))!;
        Assert.Equal(["My blender makes a strange noise", "Is it plugged in firmly?", "Yes, it still grinds", "Handed over by the bot"],
            history.Take(4).Select(m => m.Text));
        Assert.Equal(BotName, history[1].AuthorName);
        // A second hand-off, or the bot's late answer, loses clearly.
        var again = await botClient.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/handoff", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("NotWithBot", (await again.Content.ReadFromJsonAsync<Problem>())!.Code);
    }

    [Fact]
    public async Task TheCustomerAsksForAPersonThroughTheApi()
    {
        var chat = await world.StartAsync("I want to talk to someone");
        var customer = world.Client(chat.Token);

        var handOff = await customer.PostAsync("/api/v1/chat/handoff", null);
        var state = await customer.GetFromJsonAsync<ChatStateResponse>("/api/v1/chat");
        var again = await customer.PostAsync("/api/v1/chat/handoff", null);

        Assert.Equal(HttpStatusCode.NoContent, handOff.StatusCode);
        Assert.Equal(("queued", 1), (state!.Status, state.QueuePosition));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task OnlyABotTokenInTheChatsChannelMayHandItOff()
    {
        var chat = await world.StartAsync("Where is my order?");
        var (_, userToken) = await world.TokenForAsync("agent2");

        var byUser = await world.Client(userToken).PostAsync($"/api/v1/staff/chats/{chat.ChatId}/handoff", null);
        world.Database.Execute("DELETE FROM \"ChannelMembers\" WHERE \"UserId\" = (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'helperbot')");
        var outside = await world.Client(bot).PostAsync($"/api/v1/staff/chats/{chat.ChatId}/handoff", null);
        var listed = await world.Client(bot).GetFromJsonAsync<List<BotChatItem>>("/api/v1/staff/bot/chats");

        Assert.Equal(HttpStatusCode.Forbidden, byUser.StatusCode);
        Assert.Equal("BotTokenRequired", (await byUser.Content.ReadFromJsonAsync<Problem>())!.Code);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Empty(listed!);
        var state = await world.Client(chat.Token).GetFromJsonAsync<ChatStateResponse>("/api/v1/chat");
        Assert.Equal("bot", state!.Status);
    }
}
