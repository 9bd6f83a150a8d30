using ChatDesk.Data;
using ChatDesk.Features.EmailValidation;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <summary>The only way the app sends mail: persisted first, delivered by <see cref="OutboxSender"/> with retries.</summary>
public sealed class MailOutbox(IDbContextFactory<ChatDeskDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    /// <exception cref="ArgumentException">The address is not one mail can be sent to.</exception>
    public async Task<long> EnqueueAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mail = Stage(db, message);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return mail.Id;
    }

    /// <summary>Queues the mail unless one with the same <paramref name="dedupKey"/> exists; returns the id of the
    /// one mail either way. Race-safe: the key is unique in the database, so of two concurrent requests one insert
    /// fails and that request returns the other's mail.</summary>
    /// <param name="transcriptOf">The chat whose transcript this is, told when the mail is delivered.</param>
    /// <exception cref="ArgumentException">The address is not one mail can be sent to.</exception>
    public async Task<long> EnqueueOnceAsync(EmailMessage message, string dedupKey, long? transcriptOf, CancellationToken cancellationToken)
    {
        if (await FindIdAsync(dedupKey, cancellationToken) is { } existing) return existing;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mail = Stage(db, message);
        mail.DedupKey = dedupKey;
        mail.TranscriptOf = transcriptOf;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost the race to a concurrent request for the same mail: its row is the one. Any other failure
            // (no row under the key) is not ours to hide.
            if (await FindIdAsync(dedupKey, cancellationToken) is { } winner) return winner;
            throw;
        }
        signal.Wake();
        return mail.Id;
    }

    /// <summary>The mail stored under <paramref name="dedupKey"/>, if any.</summary>
    public async Task<OutboxMail?> FindByKeyAsync(string dedupKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.DedupKey == dedupKey, cancellationToken);
    }

    private async Task<long?> FindIdAsync(string dedupKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.Where(m => m.DedupKey == dedupKey).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>For "sent at …" or "not delivered yet: …" in the UI.</summary>
    public async Task<OutboxMail?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>Adds the mail to a caller's context so it commits atomically with the caller's own change
    /// (a ticket is never stored without its confirmation). Call <see cref="NotifyQueued"/> after the commit.</summary>
    /// <exception cref="ArgumentException">The address is not one mail can be sent to.</exception>
    internal OutboxMail Stage(ChatDeskDbContext db, EmailMessage message)
    {
        // Refused here, not by the sender: a mail that can never be delivered would be retried forever.
        var address = EmailSyntax.Check(message.To);
        if (!address.IsValid) throw new ArgumentException($"'{message.To}' is not a valid e-mail address ({address.Error}).", nameof(message));
        var now = time.GetUtcNow();
        var mail = new OutboxMail
        {
            To = address.Normalized!,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Outbox.Add(mail);
        return mail;
    }

    internal void NotifyQueued() => signal.Wake();
}
