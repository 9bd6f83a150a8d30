using ChatDesk.Data;
using ChatDesk.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Webhooks;

/// <summary>Posts queued deliveries oldest first and retries failures with backoff (<see cref="WebhookRetry"/>).
/// Several senders (app nodes) may share one database: each claims a row with a conditional update before posting
/// it, so a delivery is posted by one sender. Delivery is still at least once: a crash between the receiver's
/// answer and recording it posts that delivery again when the lease runs out (receivers de-duplicate by deliveryId).</summary>
public sealed partial class WebhookSender(
    IDbContextFactory<ChatDeskDbContext> contexts, IHttpClientFactory http, WebhookSignal signal, TimeProvider time,
    IOptions<WebhookOptions> options, ILogger<WebhookSender> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>Longer than one POST may take (Webhooks:TimeoutSeconds is at most 120 s).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    private readonly QueuePasses passes = new(BatchSize);

    /// <summary>Stored in ClaimedBy: which sender holds a delivery, for the admin page and the logs.</summary>
    public string Id { get; } = QueuePasses.NewSenderId();

    /// <summary>One pass over the deliveries due now; returns how many were delivered.</summary>
    public Task<int> SendDueAsync(CancellationToken cancellationToken) => passes.RunAsync(LoadDueAsync, r => r.Id,
        async (row, ct) => await ClaimAsync(row, ct) && await TryPostAsync(row, ct), cancellationToken);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(PollInterval, time, QueuePasses.Safely(SendDueAsync, logger, "Webhook"), stoppingToken);

    private async Task<List<WebhookDelivery>> LoadDueAsync(long afterId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<WebhookDelivery>().AsNoTracking().Include(d => d.Subscription)
            .Where(d => d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && d.Id > afterId && d.Subscription!.Enabled
                && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Only the sender whose conditional update changed the row may post it.</summary>
    internal async Task<bool> ClaimAsync(WebhookDelivery row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + Lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Attempts change only under a claim: an unchanged count means the row read is the row claimed.
        var claimed = await db.Set<WebhookDelivery>()
            .Where(d => d.Id == row.Id && d.DeliveredAt == null && d.FailedAt == null && d.Attempts == row.Attempts
                && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.ClaimedUntil, until).SetProperty(d => d.ClaimedBy, Id), cancellationToken);
        return claimed == 1;
    }

    public override void Dispose()
    {
        passes.Dispose();
        base.Dispose();
    }
}
