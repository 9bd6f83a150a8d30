using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Privacy;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>A migrated in-memory database with chats, tickets and mails added directly, and the privacy services over it.</summary>
public sealed class PrivacyWorld : IDisposable
{
    public static readonly StaffActor Admin = new("a1", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });

    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    public PrivacyWorld()
    {
        // The agent of every chat and the author of ticket replies.
        using var db = Database.CreateDbContext();
        db.Users.Add(new StaffUser { Id = "agent-1", UserName = "anna", DisplayName = "Anna Agent", Email = "anna@chatdesk.example" });
        db.SaveChanges();
    }

    public PrivacyService Privacy => new(Database, new AuditLog(Database, Time), Time);
    public RetentionService Retention => new(Database, new AuditLog(Database, Time), Time);

    public DateTimeOffset DaysAgo(double days) => Time.GetUtcNow() - TimeSpan.FromDays(days);

    public ChatChannel AddChannel(string slug, int retentionDays = 365) =>
        Database.AddChannel(slug, c => c.RetentionDays = retentionDays);

    public static CustomerDetails Customer(string name, string email) => new()
    {
        Name = name, Email = email, Company = name + " AB", Phone = "+46 70 123 45 67", Country = "Sweden",
        TimeZoneId = "Europe/Stockholm", Consent = true,
    };

    public async Task<long> AddChatAsync(ChatChannel channel, CustomerDetails customer, DateTimeOffset endedAt,
        SessionStatus status = SessionStatus.Ended, params string[] texts)
    {
        await using var db = Database.CreateDbContext();
        var session = new ChatSession(status)
        {
            TokenHash = ChatToken.Hash(ChatToken.New()), ChannelId = channel.Id, Customer = customer,
            CreatedAt = endedAt - TimeSpan.FromMinutes(20), RequestedAt = endedAt - TimeSpan.FromMinutes(19),
            AcceptedAt = endedAt - TimeSpan.FromMinutes(15), EndedAt = status == SessionStatus.Ended ? endedAt : null,
            EndReason = status == SessionStatus.Ended ? EndReason.Agent : null, AgentId = "agent-1",
            AgentDisplayName = "Anna", Rating = 4, RatingComment = $"Thanks, {customer.Name}",
            SourceUrl = $"https://shop.example/cart?email={Uri.EscapeDataString(customer.Email)}",
            FaqShown = "1,2", LastSequence = texts.Length,
            Messages = [.. texts.Select((t, i) => new ChatMessage
            {
                Sequence = i + 1, ClientMessageId = Guid.NewGuid(), SentAt = endedAt - TimeSpan.FromMinutes(10 - i),
                Author = i % 2 == 0 ? AuthorKind.Customer : AuthorKind.Agent,
                AuthorName = i % 2 == 0 ? customer.Name : "Anna", Text = t,
            })],
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public async Task<long> AddTicketAsync(ChatChannel channel, CustomerDetails customer, TicketStatus status,
        DateTimeOffset createdAt, string question, DateTimeOffset? lastEventAt = null)
    {
        await using var db = Database.CreateDbContext();
        var ticket = new Ticket
        {
            Number = 1001 + await db.Tickets.CountAsync(), ChannelId = channel.Id, Customer = customer, Question = question,
            Category = "Support", Status = status, CreatedAt = createdAt,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync();
        db.TicketEvents.AddRange(
            new TicketEvent { TicketId = ticket.Id, At = createdAt, Kind = TicketEventKind.Created, ByName = customer.Name, Text = "From the request form" },
            new TicketEvent { TicketId = ticket.Id, At = lastEventAt ?? createdAt, Kind = TicketEventKind.Reply, ByUserId = "agent-1", ByName = "Anna", Text = $"Hi {customer.Name}, here is the answer." },
            new TicketEvent { TicketId = ticket.Id, At = lastEventAt ?? createdAt, Kind = TicketEventKind.StatusChanged, ByUserId = "agent-1", ByName = "Anna", Text = "Open → Closed" });
        await db.SaveChangesAsync();
        return ticket.Id;
    }

    public async Task<long> AddMailAsync(string to, string body, DateTimeOffset createdAt, bool sent, long? transcriptOf = null)
    {
        await using var db = Database.CreateDbContext();
        var mail = new OutboxMail
        {
            To = to, Subject = "Your chat", TextBody = body, HtmlBody = $"<p>{body}</p>", CreatedAt = createdAt,
            NextAttemptAt = createdAt, SentAt = sent ? createdAt : null, TranscriptOf = transcriptOf,
            DedupKey = transcriptOf is { } id ? $"transcript:{id}:{to}" : null,
        };
        db.Outbox.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    }

    public async Task AddNoteAsync(long sessionId, string text)
    {
        await using var db = Database.CreateDbContext();
        db.ChatNotes.Add(new ChatDesk.Features.History.ChatNote
        {
            SessionId = sessionId, AuthorId = "u1", AuthorName = "Anna Svensson", Text = text, CreatedAt = Time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public async Task<ChatSession> SessionAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.Sessions.AsNoTracking().Include(s => s.Messages).SingleAsync(s => s.Id == id);
    }

    public async Task<Ticket> TicketAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    public async Task<List<TicketEvent>> HistoryAsync(long ticketId)
    {
        await using var db = Database.CreateDbContext();
        return await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticketId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<OutboxMail> MailAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public void Dispose() => Database.Dispose();
}
