using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Tickets;

/// <summary>What staff do with tickets. Every call is scoped to the channels the user is a member of (any
/// permission): a ticket elsewhere answers exactly like one that does not exist, so nothing leaks.</summary>
public sealed class TicketDesk(IDbContextFactory<ChatDeskDbContext> contexts, MailOutbox outbox, TimeProvider time)
{
    public const int MaxReplyLength = 10000;
    /// <summary>The list shows this many; older tickets are found by narrowing the filter.</summary>
    public const int ListLimit = 200;
    private const int SummaryLength = 120;
    /// <summary>Between the old and the new status in a StatusChanged line: "Open → Closed".</summary>
    internal const string StatusArrow = " → ";

    public async Task<IReadOnlyList<TicketChannel>> ChannelsAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Channels.Where(c => db.ChannelMembers.Any(m => m.ChannelId == c.Id && m.UserId == userId))
            .OrderBy(c => c.Name).Select(c => new TicketChannel(c.Id, c.Name)).ToListAsync(ct);
    }

    /// <summary>Newest first, at most <see cref="ListLimit"/>.</summary>
    public async Task<IReadOnlyList<TicketRow>> ListAsync(string userId, TicketFilter filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tickets = Visible(db, userId);
        if (filter.Status is { } status) tickets = tickets.Where(t => t.Status == status);
        if (filter.ChannelId is { } channelId) tickets = tickets.Where(t => t.ChannelId == channelId);
        var rows = await tickets
            .Join(db.Channels, t => t.ChannelId, c => c.Id, (t, c) => new
            {
                t.Number, t.CreatedAt, Channel = c.Name, Customer = t.Customer.Name, t.Category, t.Priority, t.Status,
                // Only the start leaves the database: a chat log can be 20 000 characters.
                Start = t.Question.Substring(0, SummaryLength + 1),
            })
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Number).Take(ListLimit)
            .ToListAsync(ct);
        return rows.Select(r => new TicketRow(
            r.Number, r.CreatedAt, r.Channel, r.Customer, r.Category, r.Priority, r.Status, Summary(r.Start))).ToList();
    }

    /// <summary>Null when there is no such ticket in the user's channels.</summary>
    public async Task<TicketDetails?> GetAsync(string userId, int number, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ticket = await Visible(db, userId).AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null) return null;
        var channel = await db.Channels.AsNoTracking().Where(c => c.Id == ticket.ChannelId)
            .Select(c => new { c.Name, c.Language }).FirstAsync(ct);
        var history = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticket.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new TicketHistoryLine(e.At, e.Kind, e.ByName, e.Text)).ToListAsync(ct);
        return new TicketDetails(ticket.Number, ticket.CreatedAt, channel.Name, channel.Language, ticket.Customer,
            ticket.Question, ticket.SourceSessionId is not null, ticket.Category, ticket.Priority, ticket.Status,
            EmailSyntax.Check(ticket.Customer.Email).IsValid, history);
    }

    /// <summary>Queues the reply to the customer and records it on the ticket in one transaction: the history
    /// never shows a reply the outbox does not have, nor the other way round.</summary>
    public async Task<ReplyOutcome> ReplyAsync(string userId, int number, string text, CancellationToken ct)
    {
        // Cleaned like chat text: no bidi controls or invisible characters reach the customer's mail or the history.
        var reply = ChatText.Clean(text, int.MaxValue);
        if (reply.Length == 0) return ReplyOutcome.Empty;
        if (reply.Length > MaxReplyLength) return ReplyOutcome.TooLong;

        await using var db = await contexts.CreateDbContextAsync(ct);
        var ticket = await Visible(db, userId).AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null) return ReplyOutcome.NotFound;
        var address = EmailSyntax.Check(ticket.Customer.Email);
        if (!address.IsValid) return ReplyOutcome.NoAddress;

        var channel = await db.Channels.AsNoTracking().FirstAsync(c => c.Id == ticket.ChannelId, ct);
        var staff = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        // Signed the way the customer knows agents from chat on this channel.
        var shownName = channel.AgentName == AgentNameStyle.Nickname && !string.IsNullOrWhiteSpace(staff.Nickname)
            ? staff.Nickname : staff.FirstName;
        outbox.Stage(db, TicketReplyMail.Compose(channel, ticket, shownName, reply).To(address.Normalized!));
        db.TicketEvents.Add(Event(ticket.Id, TicketEventKind.Reply, userId, staff.DisplayName, reply));
        await db.SaveChangesAsync(ct);
        outbox.NotifyQueued();
        return ReplyOutcome.Sent;
    }

    public Task<StatusOutcome> CloseAsync(string userId, int number, CancellationToken ct) =>
        SetStatusAsync(userId, number, TicketStatus.Closed, ct);

    public Task<StatusOutcome> ReopenAsync(string userId, int number, CancellationToken ct) =>
        SetStatusAsync(userId, number, TicketStatus.Open, ct);

    private async Task<StatusOutcome> SetStatusAsync(string userId, int number, TicketStatus to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ticket = await Visible(db, userId).Where(t => t.Number == number)
            .Select(t => new { t.Id, t.Status }).FirstOrDefaultAsync(ct);
        if (ticket is null) return StatusOutcome.NotFound;
        if (ticket.Status == to) return StatusOutcome.Unchanged;
        // Conditional, so two agents pressing Close at once record one change, not two.
        var changed = await db.Tickets.Where(t => t.Id == ticket.Id && t.Status == ticket.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, to), ct);
        if (changed == 0) return StatusOutcome.Unchanged;
        var byName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(ct);
        db.TicketEvents.Add(Event(ticket.Id, TicketEventKind.StatusChanged, userId, byName, $"{ticket.Status}{StatusArrow}{to}"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StatusOutcome.Changed;
    }

    private static IQueryable<Ticket> Visible(ChatDeskDbContext db, string userId) =>
        db.Tickets.Where(t => db.ChannelMembers.Any(m => m.ChannelId == t.ChannelId && m.UserId == userId));

    private TicketEvent Event(long ticketId, TicketEventKind kind, string userId, string byName, string text) => new()
    {
        TicketId = ticketId, At = time.GetUtcNow(), Kind = kind, ByUserId = userId, ByName = byName, Text = text,
    };

    /// <summary>The first line, cut where it would not fit a table cell.</summary>
    private static string Summary(string start)
    {
        var line = start.Split('\n', 2)[0].Trim();
        return line.Length > SummaryLength ? line[..SummaryLength].TrimEnd() + "…" : line;
    }
}
