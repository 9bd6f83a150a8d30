using ChatDesk.Features.Webhooks;

namespace ChatDesk.Tests.Features.Webhooks;

/// <summary>Two senders on one database: a claimed delivery is posted by its claimer only, and a crashed sender's
/// claim runs out so another one posts it.</summary>
public sealed class WebhookClaimTests : IAsyncLifetime
{
    private readonly WebhookWorld world = new();
    private readonly WebhookReceiver receiver = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public Task InitializeAsync() => receiver.StartAsync();

    [Fact]
    public async Task OnlyOneOfTwoSendersClaimsADeliveryAndAnExpiredClaimIsTakenOver()
    {
        var channel = await world.AddChannelAsync();
        var subscription = await world.SubscribeAsync(channel.Id, receiver.Url);
        Assert.True(await world.AdminService.SendTestAsync(WebhookWorld.Admin, subscription.Id, ct));
        var row = Assert.Single(await world.DeliveriesAsync());
        var crashed = world.Sender();
        var other = world.Sender();

        Assert.True(await crashed.ClaimAsync(row, ct));
        Assert.False(await other.ClaimAsync(row, ct));
        Assert.Equal(0, await other.SendDueAsync(ct));
        Assert.Empty(receiver.Requests);

        world.Time.Advance(WebhookSender.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await other.SendDueAsync(ct));
        Assert.Single(receiver.Requests);
        Assert.False(await crashed.ClaimAsync(row, ct)); // delivered: nobody claims it again
    }

    [Fact]
    public async Task InProductionALoopbackTargetIsRefusedOnSaveAndOnConnect()
    {
        using var production = new WebhookWorld("Production");
        var channel = await production.AddChannelAsync();
        var refused = await production.AdminService.CreateAsync(WebhookWorld.Admin, channel.Id, receiver.Url, [WebhookEvents.ChatStarted], ct);
        Assert.Equal("Error_UrlPrivate", refused.Errors["Url"]);

        // Saved behind the check's back (as a public name that later resolves to loopback would be): the connection refuses it.
        await using (var db = production.CreateDbContext())
        {
            var subscription = new WebhookSubscription { ChannelId = channel.Id, Url = receiver.Url, Events = "chat.started", Secret = "s" };
            db.Add(subscription);
            await db.SaveChangesAsync();
            db.Add(new WebhookDelivery { SubscriptionId = subscription.Id, EventType = WebhookEvents.Ping, ChannelId = channel.Id });
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await production.Sender().SendDueAsync(ct));

        Assert.Empty(receiver.Requests);
        Assert.Contains("AllowPrivateTargets", Assert.Single(await production.DeliveriesAsync()).LastError);
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        world.Dispose();
    }
}
