namespace ChatDesk.Features.Conversations;

/// <summary>Keeps the connection lease of this node's customer windows fresh; if the node dies, the leases run out.</summary>
internal sealed class CustomerLeaseRenewal(CustomerConnections connections, TimeProvider time, ILogger<CustomerLeaseRenewal> logger)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await connections.RenewAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Renewing customer leases failed; will retry."); }
        }
    }
}
