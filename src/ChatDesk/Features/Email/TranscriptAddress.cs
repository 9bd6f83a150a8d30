using ChatDesk.Data;
using ChatDesk.Features.EmailValidation;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <param name="Check">The pre-chat form's check of what the customer typed (syntax, then the domain).</param>
/// <param name="Address">The chat's address afterwards; null when the typed one was refused.</param>
public sealed record TranscriptAddressResult(EmailCheckResult Check, string? Address);

/// <summary>Gives a chat that has no e-mail address (no pre-chat form, or the field was optional) the one the
/// customer types on the end form, checked exactly like the pre-chat form. A chat's address is set once: a chat
/// that has one keeps it, so the transcript can never be redirected to someone else.</summary>
public sealed class TranscriptAddress(IDbContextFactory<ChatDeskDbContext> contexts, CustomerEmailCheck emailCheck)
{
    /// <exception cref="InvalidOperationException">There is no such session.</exception>
    public async Task<TranscriptAddressResult> SetAsync(long sessionId, string? typed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Customer.Email)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Chat session {sessionId} does not exist.");
        var check = await emailCheck.CheckAsync(typed, cancellationToken);
        if (TranscriptMailer.ChatAddress(stored) is { } existing)
            return new(check, check.Normalized == existing ? existing : null);
        if (!check.Accepted) return new(check, null);

        // Conditional on the old value, so of two tabs typing different addresses only the first is kept.
        await db.Sessions.Where(s => s.Id == sessionId && s.Customer.Email == stored)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Customer.Email, check.Normalized!), cancellationToken);
        var now = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Customer.Email).FirstAsync(cancellationToken);
        return new(check, TranscriptMailer.ChatAddress(now) == check.Normalized ? check.Normalized : null);
    }
}
