using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Webhooks;

/// <summary>Admins manage a channel's webhook subscriptions, read their delivery log and send a test ping.
/// Every change is audited (area "webhooks"; never the secret).</summary>
public sealed class WebhookAdmin(
    IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, WebhookTargets targets, WebhookSignal signal,
    TimeProvider time, WebhookPolicy policy)
{
    public const string Area = "webhooks";
    /// <summary>The delivery log shows this many, newest first.</summary>
    public const int LogSize = 20;

    public async Task<IReadOnlyList<WebhookChannel>> ChannelsAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Channels.AsNoTracking().OrderBy(c => c.Name).Select(c => new WebhookChannel(c.Id, c.Name, c.Slug)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(StaffActor actor, int channelId, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.ChannelId == channelId).OrderBy(s => s.Id).ToListAsync(ct);
    }

    /// <summary>The last <see cref="LogSize"/> deliveries of a subscription, newest first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(StaffActor actor, int subscriptionId, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.Id).Take(LogSize).ToListAsync(ct);
    }

    /// <summary>Creates an enabled subscription with a new secret (returned so the admin can copy it), or names
    /// what is wrong (text keys of WebhookText).</summary>
    public async Task<WebhookCreateResult> CreateAsync(StaffActor actor, int channelId, string? url, IEnumerable<string> events, CancellationToken ct)
    {
        actor.DemandAdmin();
        var chosen = WebhookEvents.Join(events);
        var errors = new Dictionary<string, string>();
        if (WebhookUrl.Problem(url, policy.AllowPrivateTargets) is { } problem) errors["Url"] = problem;
        if (chosen.Length == 0) errors["Events"] = "Error_NoEvents";
        if (errors.Count > 0) return new WebhookCreateResult(null, errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channel = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct);
        if (channel is null) return new WebhookCreateResult(null, new Dictionary<string, string> { ["Channel"] = "Error_ChannelGone" });
        var subscription = new WebhookSubscription
        {
            ChannelId = channelId, Url = url!.Trim(), Events = chosen, Secret = WebhookSignature.NewSecret(), CreatedAt = time.GetUtcNow(),
        };
        db.Add(subscription);
        audit.Add(db, actor, Area, "created", $"{channel.Name}: {subscription.Url}", $"Events: {chosen}");
        await db.SaveChangesAsync(ct);
        await targets.ReloadAsync(ct);
        return new WebhookCreateResult(subscription, errors);
    }

    public Task<bool> SetEnabledAsync(StaffActor actor, int id, bool enabled, CancellationToken ct) =>
        ChangeAsync(actor, id, enabled ? "enabled" : "disabled", (db, s) => { s.Enabled = enabled; return Task.CompletedTask; }, ct);

    public Task<bool> DeleteAsync(StaffActor actor, int id, CancellationToken ct) =>
        ChangeAsync(actor, id, "deleted", (db, s) => { db.Remove(s); return Task.CompletedTask; }, ct);

    /// <summary>Queues a <c>ping</c> for the subscription (sent even when the subscription lists no event for it).</summary>
    public Task<bool> SendTestAsync(StaffActor actor, int id, CancellationToken ct) =>
        ChangeAsync(actor, id, "test sent", (db, s) =>
        {
            var now = time.GetUtcNow();
            db.Add(new WebhookDelivery
            {
                SubscriptionId = s.Id, EventType = WebhookEvents.Ping, ChannelId = s.ChannelId, OccurredAt = now, NextAttemptAt = now,
            });
            return Task.CompletedTask;
        }, ct);

    private async Task<bool> ChangeAsync(StaffActor actor, int id, string action,
        Func<ChatDeskDbContext, WebhookSubscription, Task> change, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var subscription = await db.Set<WebhookSubscription>().Include(s => s.Channel).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return false;
        await change(db, subscription);
        audit.Add(db, actor, Area, action, $"{subscription.Channel?.Name}: {subscription.Url}");
        await db.SaveChangesAsync(ct);
        await targets.ReloadAsync(ct);
        signal.Wake();
        return true;
    }
}

public sealed record WebhookChannel(int Id, string Name, string Slug);

public sealed record WebhookCreateResult(WebhookSubscription? Created, IReadOnlyDictionary<string, string> Errors);

/// <summary>Whether private targets may be saved and reached: outside Production always, in Production only with
/// Webhooks:AllowPrivateTargets.</summary>
public sealed record WebhookPolicy(bool AllowPrivateTargets);
