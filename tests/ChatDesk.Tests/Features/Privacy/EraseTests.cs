using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Privacy;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>Erasing an address leaves no trace of it anywhere in the database, keeps everyone else's data and
/// the statistics, and is in the audit log without the address.</summary>
public sealed class EraseTests : IDisposable
{
    private const string Address = "Karin.Lind@Example.com";
    private readonly PrivacyWorld world = new();

    [Fact]
    public async Task EraseLeavesNoTraceOfTheAddressInAnyColumnOfAnyTable()
    {
        var (chat, ticket, other) = await SeedAsync();
        await using (var db = world.Database.CreateDbContext())
            Assert.NotEmpty(await DatabaseScan.FindAsync(db, Address));

        var result = await world.Privacy.EraseAsync(PrivacyWorld.Admin, PersonalAddress.Parse("karin.lind@EXAMPLE.com")!, CancellationToken.None);

        Assert.Equal((false, 2, 1), (result.Refused, result.Chats, result.Tickets));
        Assert.Equal(2, result.Mails);
        await using (var db = world.Database.CreateDbContext())
            Assert.Empty(await DatabaseScan.FindAsync(db, Address));
        await using (var db = world.Database.CreateDbContext())
            Assert.Empty(await DatabaseScan.FindAsync(db, Uri.EscapeDataString(Address)));
        var erased = await world.SessionAsync(chat);
        Assert.Equal(("", "", 0, 4, "Anna"), (erased.Customer.Name, erased.Customer.Email, erased.Messages.Count, erased.Rating, erased.AgentDisplayName));
        Assert.Equal("", (await world.TicketAsync(ticket)).Question);
        // Someone else's chat keeps everything but the address it mentioned.
        var kept = await world.SessionAsync(other);
        Assert.Equal("bo@example.com", kept.Customer.Email);
        Assert.Equal(["My wife [erased] asked too", "Noted, Bo"], kept.Messages.OrderBy(m => m.Sequence).Select(m => m.Text));
    }

    [Fact]
    public async Task EraseIsAuditedWithCountsButNotTheAddress()
    {
        await SeedAsync();

        await world.Privacy.EraseAsync(PrivacyWorld.Admin, PersonalAddress.Parse(Address)!, CancellationToken.None);

        var entry = Assert.Single(await world.AuditAsync(), e => e.Action == "erased");
        Assert.Equal(("privacy", "Maja Lindberg", PrivacyService.AuditSubject), (entry.Area, entry.ActorName, entry.Subject));
        Assert.StartsWith("2 chat(s), 1 ticket(s), 2 mail(s) anonymised; the address removed from ", entry.Details);
        Assert.DoesNotContain("karin", entry.Details, StringComparison.OrdinalIgnoreCase);
        // The earlier audit line that named the address keeps its place, without it.
        Assert.Contains(await world.AuditAsync(), e => e.Subject == "mail 1 to [erased]");
    }

    [Fact]
    public async Task AMailNotYetSentToTheAddressIsNeverSentAfterAnErase()
    {
        var channel = world.AddChannel("support");
        await world.AddChatAsync(channel, PrivacyWorld.Customer("Karin Lind", Address), world.DaysAgo(1), SessionStatus.Ended, "Hi");
        var waiting = await world.AddMailAsync(Address, "Your transcript", world.DaysAgo(1), sent: false);
        var smtp = new FakeEmailSender();

        await world.Privacy.EraseAsync(PrivacyWorld.Admin, PersonalAddress.Parse(Address)!, CancellationToken.None);
        var sent = await TestOutboxSender.Create(world.Database, smtp, new OutboxSignal(), world.Time).SendDueAsync(CancellationToken.None);

        Assert.Equal(0, sent);
        var mail = await world.MailAsync(waiting);
        Assert.Equal(("", world.Time.GetUtcNow(), PersonalDataAnonymizer.ErasedMailError), (mail.To, mail.FailedAt!.Value, mail.LastError));
    }

    [Fact]
    public async Task EraseIsRefusedAndChangesNothingWhileAChatOfTheAddressIsLive()
    {
        var channel = world.AddChannel("support");
        var ended = await world.AddChatAsync(channel, PrivacyWorld.Customer("Karin Lind", Address), world.DaysAgo(3), SessionStatus.Ended, "Old");
        await world.AddChatAsync(channel, PrivacyWorld.Customer("Karin Lind", Address), world.DaysAgo(0), SessionStatus.Active, "Now");

        var result = await world.Privacy.EraseAsync(PrivacyWorld.Admin, PersonalAddress.Parse(Address)!, CancellationToken.None);

        Assert.True(result.Refused);
        Assert.Equal(Address, (await world.SessionAsync(ended)).Customer.Email);
        Assert.DoesNotContain(await world.AuditAsync(), e => e.Action == "erased");
    }

    /// <summary>The address in every place it can be: two chats and a ticket of its own, its mails, a page address
    /// (URL-encoded), another customer's message, a ticket reply and an audit line.</summary>
    private async Task<(long Chat, long Ticket, long Other)> SeedAsync()
    {
        var channel = world.AddChannel("support");
        var karin = PrivacyWorld.Customer("Karin Lind", Address);
        var chat = await world.AddChatAsync(channel, karin, world.DaysAgo(2), SessionStatus.Ended,
            "Please mail me at karin.lind@example.com", "Sure, Karin");
        await world.AddChatAsync(channel, karin, world.DaysAgo(1), SessionStatus.Abandoned, "Anyone?");
        var ticket = await world.AddTicketAsync(channel, karin, TicketStatus.Open, world.DaysAgo(1), $"Reply to {Address}");
        var other = await world.AddChatAsync(channel, PrivacyWorld.Customer("Bo Ek", "bo@example.com"), world.DaysAgo(1),
            SessionStatus.Ended, $"My wife {Address} asked too", "Noted, Bo");
        await world.AddMailAsync(Address, "Transcript", world.DaysAgo(2), sent: true, transcriptOf: chat);
        await world.AddMailAsync(Address.ToUpperInvariant(), "Ticket confirmation", world.DaysAgo(1), sent: false);
        // Bo's mail is his: it keeps its recipient and loses only the address in its text.
        await world.AddMailAsync("bo@example.com", $"Bo, your wife {Address} wrote", world.DaysAgo(1), sent: false);
        await using var db = world.Database.CreateDbContext();
        db.AuditEntries.Add(new() { At = world.DaysAgo(1), ActorName = "Maja", Area = "outbox", Action = "retried", Subject = $"mail 1 to {Address}" });
        await db.SaveChangesAsync();
        return (chat, ticket, other);
    }

    public void Dispose() => world.Dispose();
}
