using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Webhooks;

/// <summary>Enabled subscriptions by channel, held in memory so capturing an event costs no extra database round
/// trip on the chat's own commit. Reloaded after every admin change on this node and every
/// <see cref="RefreshInterval"/> (changes made on another node arrive within that).</summary>
public sealed class WebhookTargets(IServiceProvider services)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private volatile IReadOnlyDictionary<int, IReadOnlyList<WebhookTarget>> byChannel =
        new Dictionary<int, IReadOnlyList<WebhookTarget>>();

    public bool Any => byChannel.Count > 0;

    public IReadOnlyList<WebhookTarget> For(int channelId, string eventType) =>
        byChannel.TryGetValue(channelId, out var targets) ? targets.Where(t => t.Events.Contains(eventType)).ToList() : [];

    public async Task ReloadAsync(CancellationToken ct)
    {
        // Resolved here, not injected: the context factory's options hold the capture, which holds this.
        var contexts = services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.Enabled)
            .Select(s => new { s.Id, s.ChannelId, s.Events }).ToListAsync(ct);
        byChannel = rows.GroupBy(r => r.ChannelId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<WebhookTarget>)g.Select(r => new WebhookTarget(r.Id, WebhookEvents.Parse(r.Events).ToHashSet())).ToList());
    }
}

public sealed record WebhookTarget(int SubscriptionId, IReadOnlySet<string> Events);

/// <summary>Loads the targets at start and refreshes them on a timer; a failed load keeps the last good one.</summary>
internal sealed class WebhookTargetRefresh(WebhookTargets targets, TimeProvider time, ILogger<WebhookTargetRefresh> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the app serves: the first chat after a start must already find its subscriptions.
        await ReloadSafelyAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(WebhookTargets.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await ReloadSafelyAsync(stoppingToken);
    }

    private async Task ReloadSafelyAsync(CancellationToken ct)
    {
        try { await targets.ReloadAsync(ct); }
        catch (Exception ex) when (!ct.IsCancellationRequested) { logger.LogWarning(ex, "Loading webhook subscriptions failed; keeping the last ones."); }
    }
}
