using ChatDesk.Hosting.Jobs;
using ChatDesk.Features.Admin.Images;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Privacy;

/// <summary>Runs <see cref="RetentionService"/> a minute after start (not in the way of startup), then every
/// Privacy:RetentionIntervalHours. Each pass is complete on its own, so a restart only moves the next one.
/// With several nodes a pass runs once per interval across all of them: it first takes the "retention" lease for
/// one interval (<see cref="JobLeases"/>), which the node that ran it renews at its next pass and nobody else can
/// take before it runs out. Restarting nodes therefore do not add passes; a node that dies mid-pass leaves the
/// rest to the next interval, as a failed pass always has.</summary>
internal sealed class RetentionJob(RetentionService retention, ImageSweep images, IOptions<PrivacyOptions> options, TimeProvider time,
    JobLeases leases, ILogger<RetentionJob> logger) : BackgroundService
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    public const string Job = "retention";

    private TimeSpan Interval => TimeSpan.FromHours(options.Value.RetentionIntervalHours);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(Interval, time);
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
            if (!await leases.TryHoldAsync(Job, Interval, stoppingToken))
            {
                logger.LogDebug("Retention: another node ran this interval's pass.");
                return;
            }
            var counts = await retention.RunAsync(stoppingToken);
            foreach (var c in counts)
                logger.LogInformation("Retention: channel {Channel}: {Chats} chat(s), {Tickets} ticket(s), {Mails} mail(s) anonymised.",
                    c.Channel, c.Chats, c.Tickets, c.Mails);
            // Under the same lease: replaced logos and staff photos are deleted once per interval across the nodes.
            if (await images.RunAsync(stoppingToken) is > 0 and var deleted)
                logger.LogInformation("Retention: {Images} image(s) no channel or staff member uses any more deleted.", deleted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A locked database must not stop the host; the next pass catches up.
            logger.LogError(ex, "Retention pass failed; it runs again at the next interval.");
        }
    }
}
