using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Tickets;

/// <summary>Three channels and four staff users for the ticket desk tests: Anna is a member of the English and the
/// Swedish channel, Erik of the English one without "can respond", Oskar only of the Other channel, and Nils of none.</summary>
public sealed class TicketWorld : IDisposable
{
    public const string Anna = "anna-id", Erik = "erik-id", Oskar = "oskar-id", Nils = "nils-id";

    public TicketWorld()
    {
        using (var db = Database.CreateDbContext())
        {
            db.Users.AddRange(Staff(Anna, "Anna Svensson", "Anna S"), Staff(Erik, "Erik Sandberg", null),
                Staff(Oskar, "Oskar Berg", "Oskar"), Staff(Nils, "Nils Holm", null));
            db.SaveChanges();
        }
        Outbox = new MailOutbox(Database, Signal, Time);
        Desk = new TicketDesk(Database, Outbox, Time);
        Tickets = new TicketService(Database, new TemplateRenderer(), Outbox, Time);
        English = Channel("support", "en", (Anna, true), (Erik, false));
        Swedish = Channel("support-sv", "sv", (Anna, true));
        Other = Channel("other", "en", (Oskar, true));
    }

    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public OutboxSignal Signal { get; } = new();
    public MailOutbox Outbox { get; }
    public TicketDesk Desk { get; }
    public TicketService Tickets { get; }
    public ChatChannel English { get; }
    public ChatChannel Swedish { get; }
    public ChatChannel Other { get; }

    /// <summary>An offline-form ticket a minute after the previous one, then put into <paramref name="status"/>.</summary>
    public async Task<Ticket> AddAsync(ChatChannel channel, string customer = "Märta Åkesson", string question = "My coffee machine leaks.",
        TicketStatus status = TicketStatus.Open, string? email = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var details = new CustomerDetails { Name = customer, Email = email ?? "marta@example.com", Company = "Åkesson AB", Phone = "+46 8 123 45", Country = "Sweden" };
        var ticket = await Tickets.CreateFromOfflineFormAsync(channel.Id, details, question, CancellationToken.None);
        if (status == TicketStatus.Open) return ticket;
        await using var db = Database.CreateDbContext();
        await db.Tickets.Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, status));
        return ticket;
    }

    public async Task<List<OutboxMail>> MailAsync(string subjectStart)
    {
        await using var db = Database.CreateDbContext();
        return await db.Outbox.AsNoTracking().Where(m => m.Subject.StartsWith(subjectStart)).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<TicketEvent>> EventsAsync(Ticket ticket)
    {
        await using var db = Database.CreateDbContext();
        return await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticket.Id).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<TicketStatus> StatusAsync(Ticket ticket)
    {
        await using var db = Database.CreateDbContext();
        return await db.Tickets.Where(t => t.Id == ticket.Id).Select(t => t.Status).SingleAsync();
    }

    private ChatChannel Channel(string slug, string language, params (string UserId, bool CanRespond)[] members) =>
        Database.AddChannel(slug, c =>
        {
            c.Name = language == "sv" ? "Nordhem Kundtjänst" : slug == "other" ? "Other Brand" : "Nordhem Support";
            c.Language = language;
            c.Members = [.. members.Select(m => new ChannelMember { UserId = m.UserId, CanRespond = m.CanRespond })];
        });

    private static StaffUser Staff(string id, string name, string? nickname) =>
        new() { Id = id, UserName = id, DisplayName = name, Nickname = nickname };

    public void Dispose() => Database.Dispose();
}
