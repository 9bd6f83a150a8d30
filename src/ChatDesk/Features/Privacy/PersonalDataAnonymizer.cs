using ChatDesk.Data;
using ChatDesk.Features.Attachments;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Privacy;

/// <summary>
/// Removes the personal data of chats, tickets and mails, and keeps what the reports count. One rule per entity:
/// <list type="bullet">
/// <item>chat session: kept, anonymised (customer details, page address, rating comment cleared; the token hash
/// removed, so no browser can open it again). Times, channel, agent, rating, status and end reason stay for the reports.</item>
/// <item>chat message, attachment (its bytes too) and internal note: deleted (agent text quotes the customer, and system lines name them).</item>
/// <item>ticket: kept, anonymised (customer details and question cleared); number, channel, category, priority,
/// status and times stay.</item>
/// <item>ticket history line: kept, its text cleared (a status change "Open → Closed" stays); the customer's
/// name as author cleared.</item>
/// <item>outbox mail: kept for the outbox page and de-duplication, anonymised (recipient, subject, bodies, error
/// and key cleared); one not yet delivered is marked failed so it is never sent.</item>
/// </list>
/// Every method works in the caller's context and transaction and is idempotent.
/// </summary>
internal static class PersonalDataAnonymizer
{
    public const string ErasedMailError = "Not sent: its personal data was erased.";

    public static async Task<int> SessionsAsync(ChatDeskDbContext db, IReadOnlyCollection<long> ids, DateTimeOffset now, CancellationToken ct)
    {
        if (ids.Count == 0) return 0;
        // Files the chat's sides sent, with their bytes, before the messages that tell them.
        await AttachmentCleanup.SessionsAsync(db, ids, ct);
        await db.Messages.Where(m => ids.Contains(m.SessionId)).ExecuteDeleteAsync(ct);
        // Internal notes speak of the customer as the messages do.
        await db.ChatNotes.Where(n => ids.Contains(n.SessionId)).ExecuteDeleteAsync(ct);
        // No token hash at all: the chat can never be opened again (the unique index allows many NULLs).
        await db.Sessions.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.TokenHash, (string?)null)
            .SetProperty(s => s.Customer.Name, "")
            .SetProperty(s => s.Customer.Email, "")
            .SetProperty(s => s.Customer.Company, (string?)null)
            .SetProperty(s => s.Customer.Phone, (string?)null)
            .SetProperty(s => s.Customer.Country, (string?)null)
            .SetProperty(s => s.Customer.TimeZoneId, (string?)null)
            .SetProperty(s => s.SourceUrl, (string?)null)
            .SetProperty(s => s.RatingComment, (string?)null)
            .SetProperty(s => s.AnonymizedAt, s => s.AnonymizedAt ?? now), ct);
        return ids.Count;
    }

    /// <summary>The transcripts of these chats, wherever they were sent.</summary>
    public static IQueryable<OutboxMail> Transcripts(ChatDeskDbContext db, IReadOnlyCollection<long> sessionIds) =>
        db.Outbox.Where(m => m.TranscriptOf != null && sessionIds.Contains(m.TranscriptOf.Value));

    public static async Task<int> TicketsAsync(ChatDeskDbContext db, IReadOnlyCollection<long> ids, DateTimeOffset now, CancellationToken ct)
    {
        if (ids.Count == 0) return 0;
        await db.Tickets.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(t => t.Customer.Name, "")
            .SetProperty(t => t.Customer.Email, "")
            .SetProperty(t => t.Customer.Company, (string?)null)
            .SetProperty(t => t.Customer.Phone, (string?)null)
            .SetProperty(t => t.Customer.Country, (string?)null)
            .SetProperty(t => t.Customer.TimeZoneId, (string?)null)
            .SetProperty(t => t.Question, "")
            .SetProperty(t => t.AnonymizedAt, t => t.AnonymizedAt ?? now), ct);
        await db.TicketEvents.Where(e => ids.Contains(e.TicketId) && e.Kind != TicketEventKind.StatusChanged)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Text, ""), ct);
        // Without a staff user the author is the customer (the request form).
        await db.TicketEvents.Where(e => ids.Contains(e.TicketId) && e.ByUserId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.ByName, ""), ct);
        return ids.Count;
    }

    /// <summary>Anonymises the mails <paramref name="mails"/> selects that still have personal data.</summary>
    public static async Task<int> MailsAsync(ChatDeskDbContext db, IQueryable<OutboxMail> mails, DateTimeOffset now, CancellationToken ct)
    {
        // Ids first: the selection may be a union, which a bulk update cannot take.
        var ids = await mails.Select(m => m.Id).ToListAsync(ct);
        var pending = db.Outbox.Where(m => ids.Contains(m.Id) && m.To != "");
        // Not delivered yet: failed now, so no sender picks it up with an empty recipient.
        await pending.Where(m => m.SentAt == null && m.FailedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.FailedAt, now)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.ClaimedBy, (string?)null), ct);
        return await pending.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.To, "")
            .SetProperty(m => m.Subject, "")
            .SetProperty(m => m.TextBody, "")
            .SetProperty(m => m.HtmlBody, "")
            .SetProperty(m => m.DedupKey, (string?)null)
            .SetProperty(m => m.LastError, m => m.SentAt == null ? ErasedMailError : null), ct);
    }
}
