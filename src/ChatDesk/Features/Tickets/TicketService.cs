using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Tickets;

/// <summary>Creates tickets with customer-facing numbers (1001, 1002 …) that stay unique under concurrent calls.</summary>
public sealed class TicketService(
    IDbContextFactory<ChatDeskDbContext> contexts, TemplateRenderer renderer, MailOutbox outbox, TimeProvider time)
{
    private const int MaxQuestionLength = 20000;
    // Staff read the history; the staff UI is English for now.
    internal const string FromRequestForm = "From the request form";
    internal const string FromChat = "From a chat";

    /// <summary>Stores the offline form's ticket and, in the same transaction, the confirmation mail to the customer
    /// (skipped when they gave no usable e-mail address, or when <paramref name="confirm"/> is false). The form goes
    /// through <see cref="OfflineRequests"/>, which decides whether a confirmation may be mailed.</summary>
    /// <exception cref="InvalidOperationException">No such channel, or it does not take tickets.</exception>
    public async Task<Ticket> CreateFromOfflineFormAsync(
        int channelId, CustomerDetails customer, string question, CancellationToken cancellationToken, bool confirm = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var channel = await LoadChannelAsync(channelId, cancellationToken);
        if (!channel.Offline.TicketSubmission)
            throw new InvalidOperationException($"Channel {channel.Slug} does not accept tickets.");

        var mailQueued = false;
        var ticket = await TicketNumbers.InsertAsync(contexts, async (db, number) =>
        {
            var ticket = NewTicket(channel, customer, question.Trim(), number);
            db.Tickets.Add(ticket);
            await RecordCreatedAsync(db, ticket, null, ticket.Customer.Name, FromRequestForm, cancellationToken);
            mailQueued = confirm && await StageConfirmationAsync(db, channel, ticket, cancellationToken);
            return ticket;
        }, cancellationToken);
        if (mailQueued) outbox.NotifyQueued();
        return ticket;
    }

    /// <summary>The number the customer was shown, for a reload after the ticket was made.</summary>
    public async Task<int?> NumberAsync(long ticketId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => (int?)t.Number).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Turns a chat into a ticket (the agent's task menu). Calling it again for the same session returns
    /// the ticket made the first time. No confirmation mail: the customer was told in the chat.</summary>
    /// <exception cref="InvalidOperationException">There is no such session.</exception>
    public async Task<Ticket> CreateFromChatAsync(long sessionId, string? agentNote, CancellationToken cancellationToken) =>
        await TicketNumbers.InsertAsync(contexts, async (db, number) =>
        {
            // Inside the write transaction, so two clicks at once still make one ticket.
            var session = await db.Sessions.Include(s => s.Channel).Include(s => s.Messages)
                .FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
                ?? throw new InvalidOperationException($"Chat session {sessionId} does not exist.");
            if (session.TicketId is { } existing)
                return await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == existing, cancellationToken);

            var channel = session.Channel!;
            // Staff read the log, so it is in the channel's (the office's) time zone.
            var log = ChatLog.FormatText(ChatLog.Lines(session, ChatLog.ResolveZone(channel.Hours.TimeZoneId)));
            var question = string.IsNullOrWhiteSpace(agentNote) ? log : $"{log}\n\nNote: {agentNote.Trim()}";
            var ticket = NewTicket(channel, session.Customer, question, number);
            ticket.SourceSessionId = session.Id;
            db.Tickets.Add(ticket);
            var agent = await db.Users.Where(u => u.Id == session.AgentId).Select(u => new { u.Id, u.DisplayName })
                .FirstOrDefaultAsync(cancellationToken);
            // Also gives the ticket the id the session links to.
            await RecordCreatedAsync(db, ticket, agent?.Id, agent?.DisplayName ?? session.AgentDisplayName ?? "", FromChat, cancellationToken);
            session.TicketId = ticket.Id;
            return ticket;
        }, cancellationToken);

    private Ticket NewTicket(ChatChannel channel, CustomerDetails customer, string question, int number) => new()
    {
        Number = number,
        ChannelId = channel.Id,
        Customer = ChatText.CleanDetails(customer),
        // The column holds 20 000 characters; a longer chat keeps its start, where the question usually is.
        Question = question.Length > MaxQuestionLength ? question[..(MaxQuestionLength - 1)] + "…" : question,
        Category = channel.Offline.TicketCategory,
        Priority = channel.Offline.TicketPriority,
        Status = TicketStatus.Open,
        CreatedAt = time.GetUtcNow(),
    };

    /// <summary>Saves the ticket first: the history row needs its id. Inside the caller's transaction, so a ticket
    /// never exists without its Created line.</summary>
    private static async Task RecordCreatedAsync(ChatDeskDbContext db, Ticket ticket, string? byUserId, string byName,
        string text, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.TicketEvents.Add(new TicketEvent
        {
            TicketId = ticket.Id, At = ticket.CreatedAt, Kind = TicketEventKind.Created,
            ByUserId = byUserId, ByName = byName, Text = text,
        });
    }

    private async Task<bool> StageConfirmationAsync(ChatDeskDbContext db, ChatChannel channel, Ticket ticket, CancellationToken cancellationToken)
    {
        // The form validates the address; one that still fails would only be retried forever by the outbox.
        var address = EmailSyntax.Check(ticket.Customer.Email);
        if (!address.IsValid) return false;
        var template = await SystemTemplates.FindAsync(db, SystemTemplate.TicketConfirmation, channel.Language, cancellationToken);
        var zone = ChatLog.ResolveZone(ticket.Customer.TimeZoneId, channel.Hours.TimeZoneId);
        // Name and question are echoed without markup or anything that clicks: the form is not a link mailer.
        var mail = renderer.Render(template, new TemplateValues(
            CustomerName: MailSafeText.Neutralise(ticket.Customer.Name),
            ChannelName: channel.Name,
            Date: TimeZoneInfo.ConvertTime(ticket.CreatedAt, zone),
            TicketNumber: ticket.Number,
            TicketQuestion: MailSafeText.Neutralise(ticket.Question)));
        outbox.Stage(db, mail.To(address.Normalized!));
        return true;
    }

    private async Task<ChatChannel> LoadChannelAsync(int channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, cancellationToken)
            ?? throw new InvalidOperationException($"Channel {channelId} does not exist.");
    }
}
