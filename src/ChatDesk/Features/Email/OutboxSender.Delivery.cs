using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

// One mail: claim it, send it, record the outcome and release the claim.
public sealed partial class OutboxSender
{
    private async Task<List<OutboxMail>> LoadDueAsync(long afterId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && m.Id > afterId
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Only the sender whose conditional update changed the row may send it.</summary>
    private async Task<bool> ClaimAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + Lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Attempts only change under a claim, so an unchanged count means the row read is still the row claimed
        // (its retry count and error are current), not one another sender tried meanwhile.
        var claimed = await db.Outbox
            .Where(m => m.Id == mail.Id && m.SentAt == null && m.FailedAt == null && m.Attempts == mail.Attempts
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ClaimedUntil, until)
                .SetProperty(m => m.ClaimedBy, Id), cancellationToken);
        return claimed == 1;
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
        catch (OperationCanceledException)
        {
            // Shutting down mid-send: hand the mail back now rather than when the lease runs out.
            await ReleaseAsync(mail.Id);
            throw;
        }

        // Not cancellable: the mail has left, so recording it must not be skipped by a shutdown. The bodies go
        // with it (they hold the customer's text and are never needed again); the row stays for de-duplication.
        var sentAt = time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None))
        {
            await db.Outbox.Where(m => m.Id == mail.Id && m.SentAt == null).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.TextBody, "")
                .SetProperty(m => m.HtmlBody, "")
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.ClaimedBy, (string?)null), CancellationToken.None);
        }
        if (mail.TranscriptOf is { } sessionId)
            await TellTranscriptAsync(mail, () => transcripts.DeliveredAsync(sessionId, mail.Id, sentAt, CancellationToken.None));
        return true;
    }

    private async Task RecordFailureAsync(OutboxMail mail, Exception error, CancellationToken cancellationToken)
    {
        var attempts = mail.Attempts + 1;
        var now = time.GetUtcNow();
        var next = now + OutboxRetry.Delay(attempts);
        var message = OutboxRetry.Describe(error);
        var givenUp = OutboxRetry.GivesUp(error, attempts, options.Value.MaxAttempts);
        DateTimeOffset? failedAt = givenUp ? now : null;
        if (givenUp)
            logger.LogWarning(error, "Outbox mail {Id} failed for good after {Attempts} attempt(s); it will not be retried.", mail.Id, attempts);
        else
            logger.LogWarning(error, "Sending outbox mail {Id} failed (attempt {Attempts}); next try at {Next:O}.", mail.Id, attempts, next);

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Outbox.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, message)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.FailedAt, failedAt)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.ClaimedBy, (string?)null), cancellationToken);
        }
        if (mail.TranscriptOf is { } sessionId)
            await TellTranscriptAsync(mail, () => transcripts.NotDeliveredAsync(sessionId, mail.Id, cancellationToken));
    }

    private async Task ReleaseAsync(long id)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Outbox.Where(m => m.Id == id && m.ClaimedBy == Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.ClaimedBy, (string?)null), CancellationToken.None);
    }

    private async Task TellTranscriptAsync(OutboxMail mail, Func<Task> tell)
    {
        // The outcome is stored already; a failure to tell the chat must not stop the rest of the pass.
        try { await tell(); }
        catch (Exception ex) { logger.LogWarning(ex, "Telling chat {SessionId} about transcript mail {Id} failed.", mail.TranscriptOf, mail.Id); }
    }
}
