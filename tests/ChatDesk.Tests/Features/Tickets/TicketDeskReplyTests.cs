using ChatDesk.Features.Channels;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChatDesk.Tests.Features.Tickets.TicketWorld;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketDeskReplyTests : IDisposable
{
    private readonly TicketWorld world = new();

    private Task<ReplyOutcome> ReplyAsync(Ticket ticket, string text, string userId = Anna) =>
        world.Desk.ReplyAsync(userId, ticket.Number, text, CancellationToken.None);

    [Fact]
    public async Task AReplyQueuesAMailToTheCustomerWithTheTicketNumberInTheSubject()
    {
        var ticket = await world.AddAsync(world.English, question: "Does it <leak>?");

        Assert.Equal(ReplyOutcome.Sent, await ReplyAsync(ticket, "  Please send us a photo of <the leak> & the model.\r\n\r\nThanks!  "));

        var mail = Assert.Single(await world.MailAsync("Re:"));
        Assert.Equal("marta@example.com", mail.To);
        Assert.Equal($"Re: your request #{ticket.Number}", mail.Subject);
        Assert.StartsWith("Please send us a photo of <the leak> & the model.\n\nThanks!\n\nAnna\nNordhem Support\n", mail.TextBody);
        Assert.Contains($"Your request #{ticket.Number}:\n> Does it <leak>?", mail.TextBody);
        Assert.Contains("<p>Please send us a photo of &lt;the leak&gt; &amp; the model.</p>", mail.HtmlBody);
        Assert.Contains("Does it &lt;leak&gt;?", mail.HtmlBody);
        Assert.DoesNotContain("<leak>", mail.HtmlBody);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody);
    }

    [Fact]
    public async Task ASwedishChannelAnswersInSwedish()
    {
        var ticket = await world.AddAsync(world.Swedish, question: "Min kaffemaskin läcker.");

        await ReplyAsync(ticket, "Skicka gärna en bild.");

        var mail = Assert.Single(await world.MailAsync("Sv:"));
        Assert.Equal($"Sv: ditt ärende #{ticket.Number}", mail.Subject);
        Assert.Contains($"Ditt ärende #{ticket.Number}:\n> Min kaffemaskin läcker.", mail.TextBody);
        Assert.Contains("<html lang=\"sv\">", mail.HtmlBody);
    }

    [Fact]
    public async Task OnANicknameChannelTheReplyIsSignedWithTheNickname()
    {
        await using (var db = world.Database.CreateDbContext())
            await db.Channels.Where(c => c.Id == world.English.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AgentName, AgentNameStyle.Nickname));
        var ticket = await world.AddAsync(world.English);

        await ReplyAsync(ticket, "Hello");

        Assert.StartsWith("Hello\n\nAnna S\nNordhem Support\n", Assert.Single(await world.MailAsync("Re:")).TextBody);
    }

    [Fact]
    public async Task TheReplyIsRecordedInTheHistoryWithWhoAndWhen()
    {
        var ticket = await world.AddAsync(world.English);
        world.Time.Advance(TimeSpan.FromMinutes(5));

        await ReplyAsync(ticket, "We are on it.");

        var reply = Assert.Single(await world.EventsAsync(ticket), e => e.Kind == TicketEventKind.Reply);
        Assert.Equal((Anna, "Anna Svensson", "We are on it.", world.Time.GetUtcNow()), (reply.ByUserId, reply.ByName, reply.Text, reply.At));
        var history = (await world.Desk.GetAsync(Anna, ticket.Number, CancellationToken.None))!.History;
        Assert.Equal([TicketEventKind.Created, TicketEventKind.Reply], history.Select(h => h.Kind));
    }

    [Fact]
    public async Task TheQueuedReplyIsDeliveredByTheOutbox()
    {
        var ticket = await world.AddAsync(world.English);
        var smtp = new FakeEmailSender();
        using var sender = TestOutboxSender.Create(world.Database, smtp, world.Signal, world.Time);

        await ReplyAsync(ticket, "On its way.");
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Contains(smtp.Sent, m => m.Subject == $"Re: your request #{ticket.Number}" && m.TextBody.StartsWith("On its way."));
    }

    [Theory]
    [InlineData("", ReplyOutcome.Empty)]
    [InlineData(" \n\t ", ReplyOutcome.Empty)]
    [InlineData("\u200B\u2060\uFEFF\u202E", ReplyOutcome.Empty)]
    [InlineData(null, ReplyOutcome.TooLong)]
    public async Task AnEmptyOrTooLongReplyIsRefusedAndNothingIsRecorded(string? text, ReplyOutcome expected)
    {
        var ticket = await world.AddAsync(world.English);

        Assert.Equal(expected, await ReplyAsync(ticket, text ?? new string('x', TicketDesk.MaxReplyLength + 1)));

        Assert.Empty(await world.MailAsync("Re:"));
        Assert.Single(await world.EventsAsync(ticket));
    }

    [Fact]
    public async Task ATicketWithoutAUsableAddressCannotBeAnswered()
    {
        var ticket = await world.AddAsync(world.English, email: "");

        Assert.Equal(ReplyOutcome.NoAddress, await ReplyAsync(ticket, "Hello?"));

        Assert.False((await world.Desk.GetAsync(Anna, ticket.Number, CancellationToken.None))!.CanEmailCustomer);
        Assert.Empty(await world.MailAsync("Re:"));
    }

    public void Dispose() => world.Dispose();
}
