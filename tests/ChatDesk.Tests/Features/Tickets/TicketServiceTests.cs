using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketServiceTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 5, 0, TimeSpan.Zero));
    private readonly OutboxSignal signal = new();
    private readonly TicketService tickets;

    public TicketServiceTests() =>
        tickets = new TicketService(database, new TemplateRenderer(), new MailOutbox(database, signal, time), time);

    private static CustomerDetails Anna(string email = "anna@example.com") =>
        new() { Name = "Anna", Email = email, TimeZoneId = "Europe/Stockholm" };

    private Task<Ticket> OfflineAsync(ChatChannel channel, string question = "Where is my order?", CustomerDetails? customer = null) =>
        tickets.CreateFromOfflineFormAsync(channel.Id, customer ?? Anna(), question, CancellationToken.None);

    [Fact]
    public async Task TicketNumbersStartAt1001AndIncrease()
    {
        var channel = await database.AddChannelAsync();

        var numbers = new List<int>();
        for (var i = 0; i < 3; i++) numbers.Add((await OfflineAsync(channel)).Number);

        Assert.Equal([1001, 1002, 1003], numbers);
    }

    [Fact]
    public async Task ConcurrentTicketsGetDistinctNumbers()
    {
        var channel = await database.AddChannelAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => OfflineAsync(channel))));

        Assert.Equal(Enumerable.Range(1001, 20), created.Select(t => t.Number).Order());
        Assert.Equal(20, (await database.OutboxAsync()).Count);
    }

    [Fact]
    public async Task TheTicketGetsTheChannelsCategoryAndPriorityAndTheCustomersDetails()
    {
        var channel = await database.AddChannelAsync(configure: c =>
        {
            c.Offline.TicketCategory = "Orders";
            c.Offline.TicketPriority = TicketPriority.High;
        });

        var ticket = await OfflineAsync(channel, "  Where is my order?  ");

        await using var db = database.CreateDbContext();
        var stored = await db.Tickets.SingleAsync(t => t.Id == ticket.Id);
        Assert.Equal(("Orders", TicketPriority.High, TicketStatus.Open), (stored.Category, stored.Priority, stored.Status));
        Assert.Equal(("Anna", "anna@example.com"), (stored.Customer.Name, stored.Customer.Email));
        Assert.Equal("Where is my order?", stored.Question);
        Assert.Equal(channel.Id, stored.ChannelId);
        Assert.Equal(time.GetUtcNow(), stored.CreatedAt);
    }

    [Fact]
    public async Task AConfirmationWithTheTicketNumberIsQueuedToTheCustomer()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync();

        await OfflineAsync(channel, "Where is my order? 1 < 2 & <b>bold</b>");

        var mail = Assert.Single(await database.OutboxAsync());
        Assert.Equal("anna@example.com", mail.To);
        Assert.Equal("We have received your request #1001", mail.Subject);
        Assert.Contains("ticket ID #1001", mail.TextBody);
        // Markup from the question is dropped (its text stays); what is left is text, encoded in the HTML part.
        Assert.Contains("Where is my order? 1 < 2 & bold", mail.TextBody);
        Assert.Contains("ticket ID #1001", mail.HtmlBody);
        Assert.Contains("Where is my order? 1 &lt; 2 &amp; bold", mail.HtmlBody);
        Assert.Null(mail.SentAt);
    }

    [Fact]
    public async Task ASwedishChannelSendsTheSwedishConfirmation()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync(language: "sv");

        await OfflineAsync(channel);

        var mail = Assert.Single(await database.OutboxAsync());
        Assert.Equal("Vi har tagit emot ditt ärende #1001", mail.Subject);
        Assert.Contains("Tack för att du kontaktade Kundtjänst.", mail.TextBody);
    }

    [Fact]
    public async Task TheConfirmationIsDeliveredByTheOutbox()
    {
        var channel = await database.AddChannelAsync();
        var smtp = new FakeEmailSender();
        using var sender = TestOutboxSender.Create(database, smtp, signal, time);

        await OfflineAsync(channel);
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal("We have received your request #1001", Assert.Single(smtp.Sent).Subject);
    }

    [Fact]
    public async Task NoConfirmationIsQueuedWithoutAUsableAddress()
    {
        var channel = await database.AddChannelAsync();

        var ticket = await OfflineAsync(channel, customer: Anna(email: ""));

        Assert.Equal(1001, ticket.Number);
        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task AChannelWithoutTicketSubmissionRefusesTheOfflineForm()
    {
        var channel = await database.AddChannelAsync(configure: c => c.Offline.TicketSubmission = false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => OfflineAsync(channel));
        Assert.Equal(0, database.Count("Tickets"));
    }

    [Fact]
    public async Task ATicketFromAChatCarriesTheLogAndTheNoteAndIsLinkedBothWays()
    {
        var channel = await database.AddChannelAsync(configure: c => c.Offline.TicketCategory = "Chat follow-up");
        var session = await database.AddSessionAsync(channel, Anna(), "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "My order is late"),
            TestMessages.Agent(2, "2026-01-14T13:06:00Z", "Erik", "I will check with the warehouse"));

        var ticket = await tickets.CreateFromChatAsync(session.Id, " Call the warehouse ", CancellationToken.None);

        Assert.Equal(1001, ticket.Number);
        Assert.Equal("[14:05] Anna: My order is late\n[14:06] Erik: I will check with the warehouse\n\nNote: Call the warehouse", ticket.Question);
        Assert.Equal(session.Id, ticket.SourceSessionId);
        Assert.Equal("Chat follow-up", ticket.Category);
        Assert.Equal("Anna", ticket.Customer.Name);
        await using var db = database.CreateDbContext();
        Assert.Equal(ticket.Id, (await db.Sessions.SingleAsync(s => s.Id == session.Id)).TicketId);
    }

    [Fact]
    public async Task MakingATicketFromTheSameChatTwiceReturnsTheFirstTicket()
    {
        var channel = await database.AddChannelAsync();
        var session = await database.AddSessionAsync(channel, Anna(), "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hello"));

        var both = await Task.WhenAll(
            Task.Run(() => tickets.CreateFromChatAsync(session.Id, null, CancellationToken.None)),
            Task.Run(() => tickets.CreateFromChatAsync(session.Id, "again", CancellationToken.None)));

        Assert.Equal(both[0].Id, both[1].Id);
        Assert.Equal(0, database.Count("Outbox"));
        Assert.Equal(1, database.Count("Tickets"));
    }

    public void Dispose() => database.Dispose();
}
