namespace ChatDesk.Features.Agents;

/// <summary>Ends the grace period of agents who closed their last workspace tab, so channels close on time.</summary>
internal sealed class PresenceExpiry(AgentPresence presence, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) presence.ExpireGrace();
    }
}
