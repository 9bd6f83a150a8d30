using ChatDesk.Data;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Outbox;

/// <summary>Mail that did not leave: failed for good (shown with the reason, can be sent again) and mail waiting
/// for its next try. Admins only.</summary>
public sealed class OutboxAdmin(
    IDbContextFactory<ChatDeskDbContext> contexts, OutboxSignal signal, AuditLog audit, TimeProvider time)
{
    /// <summary>Each list shows at most this many, newest first; older ones are still in the database.</summary>
    public const int Take = 200;

    public async Task<OutboxOverview> ListAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var failed = await db.Outbox.AsNoTracking()
            .Where(m => m.FailedAt != null && m.To != "") // an erased mail (Features/Privacy) has nothing to retry
            .OrderByDescending(m => m.FailedAt).ThenByDescending(m => m.Id).Take(Take)
            .Select(m => new OutboxItem(m.Id, m.To, m.Subject, m.Attempts, m.CreatedAt, m.FailedAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(ct);
        var waiting = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.Attempts > 0)
            .OrderByDescending(m => m.Id).Take(Take)
            .Select(m => new OutboxItem(m.Id, m.To, m.Subject, m.Attempts, m.CreatedAt, m.FailedAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(ct);
        return new OutboxOverview(failed, waiting);
    }

    /// <summary>Sends a failed mail again from a fresh count of attempts (after the address or the server was
    /// fixed). False when the mail is not (or no longer) failed.</summary>
    public async Task<bool> RetryAsync(StaffActor actor, long id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var to = await db.Outbox.Where(m => m.Id == id && m.FailedAt != null && m.To != "").Select(m => m.To).FirstOrDefaultAsync(ct);
        if (to is null) return false;
        var now = time.GetUtcNow();
        // Conditional, so two admins pressing Retry at once record one retry.
        var changed = await db.Outbox.Where(m => m.Id == id && m.FailedAt != null).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.FailedAt, (DateTimeOffset?)null)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, now), ct);
        if (changed == 0) return false;
        await audit.RecordAsync(actor, "outbox", "retried", $"mail {id} to {to}", "", ct);
        signal.Wake();
        return true;
    }
}

public sealed record OutboxOverview(IReadOnlyList<OutboxItem> Failed, IReadOnlyList<OutboxItem> Waiting);

public sealed record OutboxItem(long Id, string To, string Subject, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? FailedAt, DateTimeOffset NextAttemptAt, string? LastError);
