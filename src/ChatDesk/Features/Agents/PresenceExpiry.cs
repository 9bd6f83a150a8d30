namespace ChatDesk.Features.Agents;

/// <summary>Renews the presence lease of this node's connected agents and refreshes the cached leases every second,
/// so channels open and close on time however (and on whichever node) a lease changed or ran out. A transfer offered to
/// an agent whose lease ran out a minute ago expires, and its sender is told.</summary>
internal sealed class PresenceExpiry(AgentPresence presence, TransferBoard transfers, TimeProvider time, ILogger<PresenceExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        var nextRenewal = time.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (time.GetUtcNow() >= nextRenewal)
                {
                    await presence.RenewAsync(stoppingToken);
                    nextRenewal = time.GetUtcNow() + AgentPresence.RenewPeriod;
                    await presence.RefreshAsync(stoppingToken);
                    await transfers.ExpireAsync(stoppingToken);
                    continue;
                }
                await presence.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Renewing or reading presence leases failed; will retry.");
            }
        }
    }
}
