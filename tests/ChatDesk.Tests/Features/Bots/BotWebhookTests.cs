using ChatDesk.Features.Conversations;
using ChatDesk.Features.Webhooks;
using ChatDesk.Tests.Features.Webhooks;

namespace ChatDesk.Tests.Features.Bots;

/// <summary>What tells a bot to act: chat.started with status Bot, message.created for the customer's messages, and
/// chat.queued when the chat is handed off.</summary>
public sealed class BotWebhookTests : IDisposable
{
    private readonly WebhookWorld world = new();
    private readonly CancellationToken ct = CancellationToken.None;

    [Fact]
    public async Task ABotChatStartsWithStatusBotAndItsHandOffQueuesIt()
    {
        var channel = await world.AddChannelAsync();
        await world.SubscribeAsync(channel.Id, "http://127.0.0.1:1/bot");
        var fallback = world.Fallback();
        // A send is enqueued from its bus event (the hot path stores it without the change tracker), as the hub hands it on.
        async Task SettleAsync()
        {
            while (world.Events.Published.TryDequeue(out var published)) await fallback.OnEventAsync(published);
        }

        var session = await world.Conversations.StartAsync(channel.Id, new CustomerDetails { Name = "Anna", Email = "anna@example.com" },
            "Hello?", null, ct, botFirst: true);
        await SettleAsync();
        await world.Conversations.SendAsync(session.Id, AuthorKind.Customer, "Anna", Guid.NewGuid(), "Anyone there?", ct);
        await SettleAsync();
        Assert.True(await world.Conversations.HandOffAsync(session.Id, ConversationService.HandedOverByBot, ct));
        await SettleAsync();

        var rows = await world.DeliveriesAsync();
        Assert.Equal(nameof(SessionStatus.Bot), Assert.Single(rows, r => r.EventType == WebhookEvents.ChatStarted).Status);
        Assert.Equal(nameof(SessionStatus.Queued), Assert.Single(rows, r => r.EventType == WebhookEvents.ChatQueued).Status);
        Assert.Contains(rows, r => r.EventType == WebhookEvents.MessageCreated && r.MessageSequence == 2);
    }

    public void Dispose() => world.Dispose();
}
