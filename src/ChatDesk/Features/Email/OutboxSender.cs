using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Email;

/// <summary>Delivers outbox mail oldest first and retries failures with backoff (see <see cref="OutboxRetry.GivesUp"/>
/// for when a mail is failed for good instead). Several senders (app nodes) may share one database: each claims a mail with a
/// lease before sending it, so a mail is sent once. Delivery is still at least once: a crash between sending and
/// recording resends that mail when the lease runs out.</summary>
public sealed partial class OutboxSender(
    IDbContextFactory<ChatDeskDbContext> contexts, IEmailSender sender, OutboxSignal signal, TimeProvider time,
    IOptions<SmtpOptions> options, TranscriptOutcomes transcripts, ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>Catches mail whose retry time has come; new mail does not wait for it (see <see cref="OutboxSignal"/>).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long a claim keeps other senders off a mail. Longer than one SMTP conversation can take
    /// (MailKit gives up on a silent server after two minutes per command), short enough that a crashed
    /// node's mail leaves again within minutes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    // Passes of one instance never overlap; other instances are kept off by the claims.
    private readonly SemaphoreSlim pass = new(1, 1);

    /// <summary>Stored in ClaimedBy: which sender holds a mail, for the admin page and the logs.</summary>
    public string Id { get; } = SenderId();

    /// <summary>One pass over the mail that is due now; returns how many this sender sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            // Pages by id, so a large backlog is read in small batches and each mail is tried once per pass.
            for (var afterId = 0L; ;)
            {
                var batch = await LoadDueAsync(afterId, cancellationToken);
                foreach (var mail in batch)
                    if (await ClaimAsync(mail, cancellationToken) && await TrySendAsync(mail, cancellationToken)) sent++;
                if (batch.Count < BatchSize) return sent;
                afterId = batch[^1].Id;
            }
        }
        finally
        {
            pass.Release();
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(PollInterval, time, SendDueSafelyAsync, stoppingToken);

    private async Task SendDueSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SendDueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A locked or missing database must not stop the host; the next pass tries again.
            logger.LogError(ex, "Outbox pass failed; retrying on the next poll.");
        }
    }

    private static string SenderId()
    {
        var id = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        return id.Length <= 100 ? id : id[^100..];
    }

    public override void Dispose()
    {
        pass.Dispose();
        base.Dispose();
    }
}
