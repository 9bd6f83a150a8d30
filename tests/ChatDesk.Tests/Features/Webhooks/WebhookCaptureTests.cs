using ChatDesk.Features.Conversations;
using ChatDesk.Features.Tickets;
using ChatDesk.Features.Webhooks;

namespace ChatDesk.Tests.Features.Webhooks;

/// <summary>Every subscribed event of a chat's life is queued once, with the real ids, in the commit that makes it.</summary>
public sealed class WebhookCaptureTests : IDisposable
{
    private readonly WebhookWorld world = new();
    private readonly CancellationToken ct = CancellationToken.None;

    [Fact]
    public async Task AChatsWholeLifeQueuesEachSubscribedEventOnceWithItsIds()
    {
        var channel = await world.AddChannelAsync();
        var subscription = await world.SubscribeAsync(channel.Id, "http://127.0.0.1:1/hook");
        var fallback = world.Fallback();

        // After each step the fallback gets what the bus carried, as the hub hands it on.
        async Task SettleAsync()
        {
            while (world.Events.Published.TryDequeue(out var published)) await fallback.OnEventAsync(published);
        }

        var session = await world.Conversations.StartAsync(channel.Id, new CustomerDetails { Name = "Anna", Email = "anna@example.com" }, "Hello?", null, ct);
        await SettleAsync();
        Assert.True(await world.Conversations.AcceptAsync(session.Id, "agent-1", "Ada", "", ct));
        await SettleAsync();
        await world.Conversations.CustomerBackAsync(session.Id, ct); // a tracked change that is no event
        await SettleAsync();
        await world.Conversations.SendAsync(session.Id, AuthorKind.Agent, "Ada", Guid.NewGuid(), "Hi Anna", ct);
        await SettleAsync();
        Assert.True(await world.Conversations.TransferAsync(session.Id, "agent-1", "agent-2", "Bo", "Transferred", ct));
        await SettleAsync();
        Assert.True(await world.Conversations.EndAsync(session.Id, EndReason.Customer, ct));
        await SettleAsync();

        var rows = await world.DeliveriesAsync();
        Assert.All(rows, r => Assert.Equal(subscription.Id, r.SubscriptionId));
        Assert.All(rows, r => Assert.Equal(session.Id, r.SessionId));
        string[] expected = ["chat.started", "chat.queued", "message.created", "chat.accepted", "message.created", "chat.transferred", "message.created", "chat.ended"];
        Assert.Equal(expected.Order(), rows.Select(r => r.EventType).Order());
        var messages = rows.Where(r => r.EventType == WebhookEvents.MessageCreated).OrderBy(r => r.MessageSequence).ToList();
        Assert.Equal([1, 2, 3], messages.Select(m => m.MessageSequence));
        Assert.All(messages, m => Assert.NotNull(m.MessageId));
        Assert.Equal(nameof(SessionStatus.Ended), Assert.Single(rows, r => r.EventType == WebhookEvents.ChatEnded).Status);
    }

    [Fact]
    public async Task OnlyTheChosenEventsOfAnEnabledSubscriptionOfTheSameChannelAreQueued()
    {
        var channel = await world.AddChannelAsync();
        var other = await world.AddChannelAsync("other");
        var endedOnly = await world.SubscribeAsync(channel.Id, "http://127.0.0.1:1/a", WebhookEvents.ChatEnded);
        var disabled = await world.SubscribeAsync(channel.Id, "http://127.0.0.1:1/b");
        Assert.True(await world.AdminService.SetEnabledAsync(WebhookWorld.Admin, disabled.Id, false, ct));
        await world.SubscribeAsync(other.Id, "http://127.0.0.1:1/c");

        var session = await world.Conversations.StartAsync(channel.Id, new CustomerDetails { Name = "Anna", Email = "anna@example.com" }, "Hello?", null, ct);
        Assert.True(await world.Conversations.AcceptAsync(session.Id, "agent-1", "Ada", "", ct));
        Assert.True(await world.Conversations.EndAsync(session.Id, EndReason.Customer, ct));

        var row = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal((endedOnly.Id, WebhookEvents.ChatEnded), (row.SubscriptionId, row.EventType));
    }

    [Fact]
    public async Task ANewTicketIsQueuedWithItsId()
    {
        var channel = await world.AddChannelAsync();
        await world.SubscribeAsync(channel.Id, "http://127.0.0.1:1/t", WebhookEvents.TicketCreated);
        await using (var db = world.CreateDbContext())
        {
            db.Tickets.Add(new Ticket { Number = 1, ChannelId = channel.Id, Question = "Call me", CreatedAt = world.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var row = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(WebhookEvents.TicketCreated, row.EventType);
        Assert.NotNull(row.TicketId);
        Assert.Contains($"\"ticketId\":{row.TicketId}", WebhookPayload.From(row).ToJson());
    }

    public void Dispose() => world.Dispose();
}
