using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Privacy;

/// <summary>Runs <see cref="RetentionService"/> a minute after start (not in the way of startup), then every
/// Privacy:RetentionIntervalHours. Each pass is complete on its own, so a restart only moves the next one.</summary>
internal sealed class RetentionJob(RetentionService retention, IOptions<PrivacyOptions> options, TimeProvider time,
    ILogger<RetentionJob> logger) : BackgroundService
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.RetentionIntervalHours), time);
            do await PassAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            var counts = await retention.RunAsync(stoppingToken);
            foreach (var c in counts)
                logger.LogInformation("Retention: channel {Channel}: {Chats} chat(s), {Tickets} ticket(s), {Mails} mail(s) anonymised.",
                    c.Channel, c.Chats, c.Tickets, c.Mails);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A locked database must not stop the host; the next pass catches up.
            logger.LogError(ex, "Retention pass failed; it runs again at the next interval.");
        }
    }
}
