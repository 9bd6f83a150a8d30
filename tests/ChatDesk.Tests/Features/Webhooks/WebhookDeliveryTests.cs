using System.Text.Json;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Webhooks;

namespace ChatDesk.Tests.Features.Webhooks;

/// <summary>Deliveries over real HTTP to a receiver the test starts on a loopback port.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private readonly WebhookWorld world = new();
    private readonly WebhookReceiver receiver = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheReceiverGetsSignedJsonWithTheEventsIds()
    {
        await receiver.StartAsync();
        var channel = await world.AddChannelAsync();
        var subscription = await world.SubscribeAsync(channel.Id, receiver.Url, WebhookEvents.ChatStarted);
        var session = await world.Conversations.StartAsync(channel.Id, new CustomerDetails { Name = "Anna", Email = "anna@example.com" }, "Hello?", null, ct);

        Assert.Equal(1, await world.Sender().SendDueAsync(ct));

        var request = Assert.Single(receiver.Requests);
        Assert.True(WebhookSignature.Verify(subscription.Secret, request.Header(WebhookSignature.TimestampHeader), request.Body,
            request.Header(WebhookSignature.SignatureHeader), world.Time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.Equal("chat.started", request.Header(WebhookSignature.EventHeader));
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("chat.started", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(session.Id, json.RootElement.GetProperty("chatId").GetInt64());
        Assert.Equal(channel.Id, json.RootElement.GetProperty("channelId").GetInt32());
        Assert.Equal(request.Header(WebhookSignature.DeliveryHeader), json.RootElement.GetProperty("deliveryId").GetInt64().ToString());
        Assert.DoesNotContain("Anna", request.Body);
    }

    [Fact]
    public async Task AReceiverThatIsDownAndThenComesUpGetsEachEventExactlyOnce()
    {
        var channel = await world.AddChannelAsync();
        var subscription = await world.SubscribeAsync(channel.Id, receiver.Url);
        await world.Conversations.StartAsync(channel.Id, new CustomerDetails { Name = "Anna", Email = "anna@example.com" }, "Hello?", null, ct);
        var sender = world.Sender();

        // Nothing listens on the port: every try fails and waits.
        Assert.Equal(0, await sender.SendDueAsync(ct));
        world.Time.Advance(WebhookRetry.Delay(1));
        Assert.Equal(0, await sender.SendDueAsync(ct));
        Assert.Equal(0, await sender.SendDueAsync(ct)); // not due yet: no third try
        var waiting = await world.DeliveriesAsync();
        Assert.All(waiting, d => Assert.Equal((2, (DateTimeOffset?)null, (DateTimeOffset?)null), (d.Attempts, d.DeliveredAt, d.FailedAt)));
        Assert.All(waiting, d => Assert.NotNull(d.LastError));

        await receiver.StartAsync();
        world.Time.Advance(WebhookRetry.Delay(2));
        Assert.Equal(3, await sender.SendDueAsync(ct));
        world.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await sender.SendDueAsync(ct));

        var events = receiver.Requests.Select(r => r.Header(WebhookSignature.EventHeader)).Order().ToArray();
        Assert.Equal(new[] { "chat.queued", "chat.started", "message.created" }, events);
        Assert.Equal(3, receiver.Requests.Select(r => r.Header(WebhookSignature.DeliveryHeader)).Distinct().Count());
        var log = await world.AdminService.DeliveriesAsync(WebhookWorld.Admin, subscription.Id, ct);
        Assert.All(log, d => Assert.Equal((3, 200, (string?)null), (d.Attempts, d.LastStatusCode, d.LastError)));
        Assert.All(log, d => Assert.NotNull(d.DeliveredAt));
    }

    [Fact]
    public async Task AReceiverThatRefusesWith4xxIsGivenUpAfterThreeTriesAndTheLogSaysWhy()
    {
        receiver.Answer = 410;
        await receiver.StartAsync();
        var channel = await world.AddChannelAsync();
        var subscription = await world.SubscribeAsync(channel.Id, receiver.Url);
        Assert.True(await world.AdminService.SendTestAsync(WebhookWorld.Admin, subscription.Id, ct));
        var sender = world.Sender();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await sender.SendDueAsync(ct);
            world.Time.Advance(WebhookRetry.MaxDelay);
        }

        Assert.Equal(3, receiver.Requests.Count);
        var row = Assert.Single(await world.AdminService.DeliveriesAsync(WebhookWorld.Admin, subscription.Id, ct));
        Assert.Equal((WebhookEvents.Ping, 3, 410), (row.EventType, row.Attempts, row.LastStatusCode));
        Assert.NotNull(row.FailedAt);
        Assert.Contains("410", row.LastError);
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        world.Dispose();
    }
}
