using ChatDesk.Data;
using ChatDesk.Hosting;
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

    private readonly QueuePasses passes = new(BatchSize);

    /// <summary>Stored in ClaimedBy: which sender holds a mail, for the admin page and the logs.</summary>
    public string Id { get; } = QueuePasses.NewSenderId();

    /// <summary>One pass over the mails due now; returns how many were sent.</summary>
    public Task<int> SendDueAsync(CancellationToken cancellationToken) => passes.RunAsync(LoadDueAsync, r => r.Id,
        async (row, ct) => await ClaimAsync(row, ct) && await TrySendAsync(row, ct), cancellationToken);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(PollInterval, time, QueuePasses.Safely(SendDueAsync, logger, "Outbox"), stoppingToken);

    public override void Dispose()
    {
        passes.Dispose();
        base.Dispose();
    }
}
