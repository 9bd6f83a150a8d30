using System.Text.Json;
using System.Text.Json.Serialization;
using ChatDesk.Data;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Privacy;

// The export: every chat with its messages and staff's internal notes, every ticket with its history and every mail of the address.
public sealed partial class PrivacyService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<PersonalDataExport> ExportAsync(StaffActor actor, PersonalAddress address, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channels = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        var sessions = await address.Sessions(db).AsNoTracking().Include(s => s.Messages)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var notes = (await db.ChatNotes.AsNoTracking().Where(n => sessionIds.Contains(n.SessionId)).ToListAsync(ct))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToLookup(n => n.SessionId);
        var chats = sessions.Select(s => new ExportedChat(
            s.Id, channels.GetValueOrDefault(s.ChannelId, ""), s.Status.ToString(), s.EndReason?.ToString(), s.CreatedAt,
            s.EndedAt, s.Customer, s.SourceUrl, s.AgentDisplayName, s.Rating, s.RatingComment,
            [.. s.Messages.OrderBy(m => m.Sequence).Select(m => new ExportedMessage(
                m.Sequence, m.SentAt, m.Author.ToString(), m.AuthorName, m.Kind.ToString(), m.Text))],
            [.. notes[s.Id].Select(n => new ExportedNote(n.CreatedAt, n.AuthorName, n.Text))])).ToList();

        var ticketRows = await address.Tickets(db).AsNoTracking().OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(ct);
        var ticketIds = ticketRows.Select(t => t.Id).ToList();
        var history = (await db.TicketEvents.AsNoTracking().Where(e => ticketIds.Contains(e.TicketId))
            .ToListAsync(ct)).OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.TicketId);
        var tickets = ticketRows.Select(t => new ExportedTicket(
            t.Number, channels.GetValueOrDefault(t.ChannelId, ""), t.Status.ToString(), t.Category, t.Priority.ToString(),
            t.CreatedAt, t.Customer, t.Question,
            [.. history[t.Id].Select(e => new ExportedTicketEvent(e.At, e.Kind.ToString(), e.ByName, e.Text))])).ToList();

        var mails = await address.Mails(db).AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new ExportedMail(m.Id, m.To, m.Subject, m.CreatedAt, m.SentAt, m.FailedAt, m.TextBody))
            .ToListAsync(ct);
        var export = new PersonalDataExport(PersonalDataExport.FormatName, 1, address.Forms[^1], time.GetUtcNow(), chats, tickets, mails);
        await audit.RecordAsync(actor, AuditArea, "exported", AuditSubject,
            $"{chats.Count} chat(s), {tickets.Count} ticket(s), {mails.Count} mail(s)", ct);
        return export;
    }

    public static string ToJson(PersonalDataExport export) => JsonSerializer.Serialize(export, Json);
}
