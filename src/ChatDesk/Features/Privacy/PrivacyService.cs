using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Privacy;

/// <summary>A data subject's requests by e-mail address: see, export and erase everything stored about it.
/// Admins only. The audit log records that it happened and how much, never the address.</summary>
public sealed partial class PrivacyService(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, TimeProvider time)
{
    public const string AuditArea = "privacy";
    /// <summary>What the audit log says instead of the address, which an erase must not leave behind.</summary>
    public const string AuditSubject = "an e-mail address";

    public async Task<PersonalDataOverview> FindAsync(StaffActor actor, PersonalAddress address, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var chats = await address.Sessions(db).AsNoTracking()
            .Join(db.Channels, s => s.ChannelId, c => c.Id, (s, c) => new ChatSummary(
                s.Id, c.Name, s.Status, s.CreatedAt, s.EndedAt, db.Messages.Count(m => m.SessionId == s.Id)))
            .ToListAsync(ct);
        var tickets = await address.Tickets(db).AsNoTracking()
            .Join(db.Channels, t => t.ChannelId, c => c.Id, (t, c) => new TicketSummary(t.Number, c.Name, t.Status, t.CreatedAt))
            .ToListAsync(ct);
        var mails = await address.Mails(db).AsNoTracking()
            .Select(m => new MailSummary(m.Id, m.Subject, m.CreatedAt, m.SentAt, m.FailedAt))
            .ToListAsync(ct);
        var staff = await db.Users.Where(u => u.Email != null && address.Forms.Contains(u.Email.ToLower()))
            .Select(u => u.UserName ?? "").ToListAsync(ct);
        return new PersonalDataOverview(
            [.. chats.OrderByDescending(c => c.CreatedAt)], [.. tickets.OrderByDescending(t => t.CreatedAt)],
            [.. mails.OrderByDescending(m => m.CreatedAt)], staff);
    }

    /// <summary>Anonymises every chat, ticket and mail of the address and removes it from every other text.
    /// Refused, changing nothing, while one of its chats is queued or active (its messages are still being written).</summary>
    public async Task<EraseResult> EraseAsync(StaffActor actor, PersonalAddress address, CancellationToken ct)
    {
        actor.DemandAdmin();
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A write first: it takes SQLite's write lock, so no chat of the address can go live between the check and the erase.
        await address.Sessions(db).Where(s => s.Id < 0).ExecuteUpdateAsync(set => set.SetProperty(s => s.AnonymizedAt, now), ct);
        if (await address.Sessions(db).AnyAsync(s => s.Status == SessionStatus.Queued || s.Status == SessionStatus.Active, ct))
            return EraseResult.InProgress;

        var sessionIds = await address.Sessions(db).Select(s => s.Id).ToListAsync(ct);
        var ticketIds = await address.Tickets(db).Select(t => t.Id).ToListAsync(ct);
        var chats = await PersonalDataAnonymizer.SessionsAsync(db, sessionIds, now, ct);
        var tickets = await PersonalDataAnonymizer.TicketsAsync(db, ticketIds, now, ct);
        var mails = await PersonalDataAnonymizer.MailsAsync(db, address.Mails(db)
            .Union(PersonalDataAnonymizer.Transcripts(db, sessionIds)), now, ct);
        var others = await AddressScrubber.ScrubAsync(db, address, ct);
        var result = new EraseResult(false, chats, tickets, mails, others);
        audit.Add(db, actor, AuditArea, "erased", AuditSubject, result.Describe());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
