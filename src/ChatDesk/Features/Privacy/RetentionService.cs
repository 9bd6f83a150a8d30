using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Privacy;

/// <summary>
/// Applies each channel's RetentionDays: chats that ended (or, never started, were created) and tickets that
/// were closed and untouched before now − RetentionDays lose their personal data (see <see cref="PersonalDataAnonymizer"/>),
/// with the mails to those customers from before then. A channel with 0 keeps everything. Idempotent: what is
/// anonymised is marked and not counted again.
/// </summary>
public sealed class RetentionService(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, TimeProvider time)
{
    /// <summary>Who the audit log names for the job's entries.</summary>
    public static readonly StaffActor Job = new("", "retention", new HashSet<string>());

    // Small transactions: a large backlog must not hold SQLite's write lock for long.
    private const int Batch = 200;

    public async Task<IReadOnlyList<RetentionCount>> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<(int Id, string Slug, int Days)> channels;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            channels = (await db.Channels.AsNoTracking().Where(c => c.RetentionDays > 0)
                .Select(c => new { c.Id, c.Slug, c.RetentionDays }).ToListAsync(ct))
                .Select(c => (c.Id, c.Slug, c.RetentionDays)).ToList();
        var counts = new List<RetentionCount>();
        foreach (var (id, slug, days) in channels)
        {
            var count = await ChannelAsync(id, slug, now - TimeSpan.FromDays(days), now, ct);
            if (count.Chats + count.Tickets + count.Mails == 0) continue;
            counts.Add(count);
            await audit.RecordAsync(Job, PrivacyService.AuditArea, "retention", $"channel {slug}",
                $"{count.Chats} chat(s), {count.Tickets} ticket(s), {count.Mails} mail(s) anonymised: ended before {count.Before:yyyy-MM-dd HH:mm} UTC", ct);
        }
        return counts;
    }

    private async Task<RetentionCount> ChannelAsync(int channelId, string slug, DateTimeOffset before, DateTimeOffset now, CancellationToken ct)
    {
        int chats = 0, tickets = 0, mails = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var sessions = await db.Sessions.Where(s => s.ChannelId == channelId && s.AnonymizedAt == null
                    && s.Status != SessionStatus.Queued && s.Status != SessionStatus.Active
                    && (s.EndedAt ?? s.CreatedAt) < before)
                .OrderBy(s => s.Id).Select(s => new { s.Id, s.Customer.Email }).Take(Batch).ToListAsync(ct);
            var closed = await db.Tickets.Where(t => t.ChannelId == channelId && t.AnonymizedAt == null
                    && t.Status == TicketStatus.Closed && t.CreatedAt < before
                    && !db.TicketEvents.Any(e => e.TicketId == t.Id && e.At >= before))
                .OrderBy(t => t.Id).Select(t => new { t.Id, t.Customer.Email }).Take(Batch).ToListAsync(ct);
            if (sessions.Count == 0 && closed.Count == 0) break;

            var sessionIds = sessions.Select(s => s.Id).ToList();
            chats += await PersonalDataAnonymizer.SessionsAsync(db, sessionIds, now, ct);
            tickets += await PersonalDataAnonymizer.TicketsAsync(db, [.. closed.Select(t => t.Id)], now, ct);
            // The chats' transcripts, and the mails to these customers from before the limit (ticket confirmations, replies).
            var addresses = sessions.Select(s => s.Email).Concat(closed.Select(t => t.Email))
                .Where(a => a != "").Select(a => a.ToLowerInvariant()).Distinct().ToList();
            mails += await PersonalDataAnonymizer.MailsAsync(db, PersonalDataAnonymizer.Transcripts(db, sessionIds)
                .Union(db.Outbox.Where(m => addresses.Contains(m.To.ToLower()) && m.CreatedAt < before)), now, ct);
            await transaction.CommitAsync(ct);
        }
        return new RetentionCount(slug, before, chats, tickets, mails);
    }
}

public sealed record RetentionCount(string Channel, DateTimeOffset Before, int Chats, int Tickets, int Mails);
