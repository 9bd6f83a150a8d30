using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <summary>Delivers outbox mail oldest first and retries failures with backoff, forever: an SMTP outage delays
/// mail but loses none. Delivery is at least once: a crash between sending and recording resends that mail.</summary>
public sealed class OutboxSender(
    IDbContextFactory<ChatDeskDbContext> contexts, IEmailSender sender, OutboxSignal signal, TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>Catches mail whose retry time has come; new mail does not wait for it (see <see cref="OutboxSignal"/>).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private const int BatchSize = 50;

    // Passes never overlap, so a test's pass and the background loop cannot both send the same mail.
    private readonly SemaphoreSlim pass = new(1, 1);

    /// <summary>Raised with the outbox id after the mail is recorded as sent.</summary>
    public event Action<long>? MailSent;
    /// <summary>Raised with the outbox id after a failed attempt is recorded (it will be retried).</summary>
    public event Action<long>? MailFailed;

    /// <summary>One pass over the mail that is due now; returns how many were sent.</summary>
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
                    if (await TrySendAsync(mail, cancellationToken)) sent++;
                if (batch.Count < BatchSize) return sent;
                afterId = batch[^1].Id;
            }
        }
        finally
        {
            pass.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var wake = signal.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await SendDueSafelyAsync(stoppingToken);
            // Both waits stay outstanding across passes, so no tick and no wake-up is ever lost.
            var woken = await Task.WhenAny(tick, wake);
            if (woken == tick) tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            else wake = signal.WaitAsync(stoppingToken);
        }
    }

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

    private async Task<List<OutboxMail>> LoadDueAsync(long afterId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && m.Id > afterId)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TrySendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new EmailMessage(mail.To, mail.Subject, mail.TextBody, mail.HtmlBody), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(mail, ex, cancellationToken);
            return false;
        }

        // Not cancellable: the mail has left, so recording it must not be skipped by a shutdown.
        await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None))
        {
            var sentAt = time.GetUtcNow();
            await db.Outbox.Where(m => m.Id == mail.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, sentAt), CancellationToken.None);
        }
        Raise(MailSent, mail.Id);
        return true;
    }

    private async Task RecordFailureAsync(OutboxMail mail, Exception error, CancellationToken cancellationToken)
    {
        var attempts = mail.Attempts + 1;
        var next = time.GetUtcNow() + OutboxRetry.Delay(attempts);
        var message = OutboxRetry.Describe(error);
        logger.LogWarning(error, "Sending outbox mail {Id} failed (attempt {Attempts}); next try at {Next:O}.", mail.Id, attempts, next);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Outbox.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, message)
            .SetProperty(m => m.NextAttemptAt, next), cancellationToken);
        Raise(MailFailed, mail.Id);
    }

    private void Raise(Action<long>? handlers, long id)
    {
        if (handlers is null) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Action<long>>())
        {
            // One broken subscriber (a disposed component) must not stop delivery or the other subscribers.
            try { handler(id); }
            catch (Exception ex) { logger.LogWarning(ex, "An outbox event subscriber failed."); }
        }
    }

    public override void Dispose()
    {
        pass.Dispose();
        base.Dispose();
    }
}
