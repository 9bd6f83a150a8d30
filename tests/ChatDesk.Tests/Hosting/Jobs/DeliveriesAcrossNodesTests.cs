using ChatDesk.Data;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Webhooks;
using ChatDesk.Tests.Features.Webhooks;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static ChatDesk.Tests.Hosting.Jobs.TwoPostgresNodes;

namespace ChatDesk.Tests.Hosting.Jobs;

/// <summary>Issue 14.3 acceptance: with both nodes running (their own senders polling and woken, plus extra passes
/// started on both at once), each outbox mail and each webhook is delivered exactly once.</summary>
[Collection(AppHostCollection.Name)]
public sealed class DeliveriesAcrossNodesTests : IAsyncLifetime
{
    private static readonly StaffActor Admin = new("admin-id", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });
    private readonly CancellationToken ct = CancellationToken.None;
    private readonly WebhookReceiver receiver = new();
    private TwoPostgresNodes nodes = null!;

    public async Task InitializeAsync()
    {
        nodes = Start();
        await receiver.StartAsync();
    }

    private ChatDeskFactory Node(int i) => i % 2 == 0 ? nodes.A : nodes.B;

    private ChatDeskDbContext Database() => Get<IDbContextFactory<ChatDeskDbContext>>(nodes.A).CreateDbContext();

    [Fact]
    public async Task EachOutboxMailIsSentOnceWhileBothNodesSend()
    {
        var subjects = Enumerable.Range(1, 40).Select(i => $"Order {i:D2} shipped").ToList();

        await Task.WhenAll(subjects.Select((subject, i) => (Task)Task.Run(() =>
                Get<MailOutbox>(Node(i)).EnqueueAsync(new EmailMessage("kim@example.com", subject, "Hello", "<p>Hello</p>"), ct)))
            .Concat(Enumerable.Range(0, 8).Select(i => Task.Run(() => Get<OutboxSender>(Node(i)).SendDueAsync(ct)))));
        await EventuallyAsync(async () =>
        {
            await using var db = Database();
            return await db.Outbox.CountAsync(m => m.SentAt != null && subjects.Contains(m.Subject)) == subjects.Count;
        }, "every mail sent");

        var delivered = Directory.GetFiles(nodes.MailFolder, "*.eml").Select(file => MimeMessage.Load(file).Subject ?? "").ToList();
        Assert.Equal(subjects, delivered.Where(subjects.Contains).Order());
        await using var check = Database();
        var attempts = await check.Outbox.Where(m => subjects.Contains(m.Subject)).Select(m => m.Attempts).ToListAsync();
        Assert.All(attempts, a => Assert.Equal(0, a)); // no failed try either
    }

    [Fact]
    public async Task EachWebhookIsPostedOnceWhileBothNodesSend()
    {
        var channelId = await nodes.ChannelIdAsync();
        var created = await Get<WebhookAdmin>(nodes.A).CreateAsync(Admin, channelId, receiver.Url, [WebhookEvents.ChatStarted], ct);
        Assert.Empty(created.Errors);
        await Get<WebhookTargets>(nodes.B).ReloadAsync(ct); // B would see the subscription within 30 s by itself
        var subscription = created.Created!.Id;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (Task)Task.Run(() => nodes.QueuedChatAsync(Node(i), channelId, $"Customer {i}")))
            .Concat(Enumerable.Range(0, 8).Select(i => Task.Run(() => Get<WebhookSender>(Node(i)).SendDueAsync(ct)))));
        await EventuallyAsync(async () =>
        {
            await using var db = Database();
            return await db.Set<WebhookDelivery>().CountAsync(d => d.SubscriptionId == subscription && d.DeliveredAt != null) == 20;
        }, "every webhook delivered");

        await using var check = Database();
        var ids = await check.Set<WebhookDelivery>().Where(d => d.SubscriptionId == subscription).Select(d => d.Id).ToListAsync();
        var posted = receiver.Requests.Select(r => long.Parse(r.Header(WebhookSignature.DeliveryHeader), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ids.Order(), posted.Order());
        Assert.Equal(20, ids.Count);
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        await nodes.DisposeAsync();
    }
}
