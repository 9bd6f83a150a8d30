using System.Net;
using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Api;

/// <summary>A chat from start to transcript through /api/v1 only: a customer's app on one side, an agent's script
/// with a personal access token on the other.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ApiChatFlowTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ACustomerAndAnAgentChatThroughTheApiFromStartToTranscript()
    {
        var suggestions = await world.Client().GetFromJsonAsync<List<FaqItem>>(
            "/api/v1/channels/support/faq/suggestions?q=" + Uri.EscapeDataString("Where is my parcel?"));
        Assert.NotEmpty(suggestions!);
        Assert.All(suggestions!, s => Assert.StartsWith("http://localhost/faq/", s.Url));

        var started = await world.QueuedChatAsync("Where is my parcel?");
        var customer = world.Client(started.Token);
        var (_, secret) = await world.TokenForAsync("agent1");
        var agent = world.Client(secret);

        var queue = await agent.GetFromJsonAsync<List<QueueItem>>("/api/v1/staff/queue");
        Assert.Contains(queue!, q => q.ChatId == started.ChatId && q.CustomerName == "Ada Lovelace");
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/v1/staff/chats/{started.ChatId}/accept", null)).StatusCode);
        var state = await customer.GetFromJsonAsync<ChatStateResponse>("/api/v1/chat");
        Assert.Equal("active", state!.Status);

        var fromCustomer = await customer.PostAsJsonAsync("/api/v1/chat/messages", new { clientId = Guid.NewGuid(), text = "Order 1234" });
        Assert.Equal(HttpStatusCode.OK, fromCustomer.StatusCode);
        var agentSees = await agent.GetFromJsonAsync<List<MessageItem>>($"/api/v1/staff/chats/{started.ChatId}/messages?after=0");
        Assert.Contains(agentSees!, m => m.Author == "customer" && m.Text == "Order 1234");
        var last = agentSees!.Max(m => m.Sequence);

        (await agent.PostAsJsonAsync($"/api/v1/staff/chats/{started.ChatId}/messages", new { clientId = Guid.NewGuid(), text = "It ships today" }))
            .EnsureSuccessStatusCode();
        var customerSees = await customer.GetFromJsonAsync<List<MessageItem>>($"/api/v1/chat/messages?after={last}");
        var reply = Assert.Single(customerSees!);
        Assert.Equal(("agent", "It ships today"), (reply.Author, reply.Text));

        Assert.Equal(HttpStatusCode.NoContent, (await customer.PostAsync("/api/v1/chat/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await customer.PostAsJsonAsync("/api/v1/chat/rating", new { rating = 5, comment = "Quick" })).StatusCode);
        var transcript = await customer.PostAsJsonAsync("/api/v1/chat/transcript", new { });
        Assert.Equal(HttpStatusCode.Accepted, transcript.StatusCode);
        Assert.Equal("ada@example.com", (await transcript.Content.ReadFromJsonAsync<TranscriptResponse>())!.To);
        Assert.Equal(1, world.Database.Count("Outbox"));
        var ended = await customer.GetFromJsonAsync<ChatStateResponse>("/api/v1/chat");
        Assert.Equal(("ended", "customer", 5), (ended!.Status, ended.EndReason, ended.Rating));
    }

    [Fact]
    public async Task AMessageSentTwiceWithOneClientIdIsStoredOnce()
    {
        var started = await world.QueuedChatAsync();
        var (_, secret) = await world.TokenForAsync("agent1");
        (await world.Client(secret).PostAsync($"/api/v1/staff/chats/{started.ChatId}/accept", null)).EnsureSuccessStatusCode();
        var customer = world.Client(started.Token);
        var message = new { clientId = Guid.NewGuid(), text = "Only once, please" };

        var first = await customer.PostAsJsonAsync("/api/v1/chat/messages", message);
        var again = await customer.PostAsJsonAsync("/api/v1/chat/messages", message);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var messages = await customer.GetFromJsonAsync<List<MessageItem>>("/api/v1/chat/messages");
        Assert.Single(messages!, m => m.Text == "Only once, please");
    }

    [Fact]
    public async Task AChatTokenOpensOnlyItsOwnChatAndNoStaffRoute()
    {
        var mine = await world.QueuedChatAsync("My own question");
        var other = await world.QueuedChatAsync("Someone else's question");
        var customer = world.Client(mine.Token);

        Assert.Equal(mine.ChatId, (await customer.GetFromJsonAsync<ChatStateResponse>("/api/v1/chat"))!.ChatId);
        var messages = await customer.GetFromJsonAsync<List<MessageItem>>("/api/v1/chat/messages");
        Assert.DoesNotContain(messages!, m => m.Text.Contains("Someone else"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await customer.GetAsync($"/api/v1/staff/chats/{other.ChatId}/messages")).StatusCode);
        var forged = await world.Client(mine.Token[..^2] + "xx").GetAsync("/api/v1/chat/messages");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
    }
}
