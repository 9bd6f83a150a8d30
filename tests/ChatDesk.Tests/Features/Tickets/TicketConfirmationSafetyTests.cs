using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Tickets;

/// <summary>The confirmation echoes the question and name, but no link or markup from them (issue 10).</summary>
public sealed class TicketConfirmationSafetyTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 5, 0, TimeSpan.Zero));
    private readonly TicketService tickets;

    public TicketConfirmationSafetyTests() =>
        tickets = new TicketService(database, new TemplateRenderer(), new MailOutbox(database, new OutboxSignal(), time), time);

    [Fact]
    public async Task TheConfirmationTextContainsNoLinkOrMarkupButTheTicketIdAndTheName()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync();
        var question = "Claim your prize at https://evil.example/win or www.prize.example, "
            + "<a href=\"http://phish.example\">click here</a>, evil.example/x";

        await tickets.CreateFromOfflineFormAsync(channel.Id,
            new CustomerDetails { Name = "Visit prize.example now", Email = "victim@example.org" }, question, CancellationToken.None);

        var mail = Assert.Single(await database.OutboxAsync());
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.DoesNotMatch(@"(?i)https?://|www\.|[a-z]\.example|<a\b|href", body);
            Assert.Contains("#1001", body);
            Assert.Contains("Visit prize[.]example now", body);
            Assert.Contains("click here", body);
            Assert.Contains("evil[.]example/x", body);
        }
        // Staff see what the customer wrote.
        await using var db = database.CreateDbContext();
        Assert.Equal(question, (await db.Tickets.SingleAsync()).Question);
    }

    [Fact]
    public async Task ANameWithARightToLeftOverrideIsStoredWithoutIt()
    {
        var channel = await database.AddChannelAsync();

        await tickets.CreateFromOfflineFormAsync(channel.Id,
            new CustomerDetails { Name = "Anna\u202Eredro", Email = "anna@example.org", Company = "\u200BACME" }, "Hi", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var stored = await db.Tickets.SingleAsync();
        Assert.Equal(("Annaredro", "ACME"), (stored.Customer.Name, stored.Customer.Company));
    }

    [Fact]
    public async Task WithoutConfirmationTheTicketIsStoredAndNothingIsMailed()
    {
        var channel = await database.AddChannelAsync();

        var ticket = await tickets.CreateFromOfflineFormAsync(channel.Id,
            new CustomerDetails { Name = "Anna", Email = "anna@example.org" }, "Hi", CancellationToken.None, confirm: false);

        Assert.Equal(1001, ticket.Number);
        Assert.Empty(await database.OutboxAsync());
    }

    public void Dispose() => database.Dispose();
}
