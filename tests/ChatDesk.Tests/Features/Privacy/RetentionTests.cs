using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Privacy;
using ChatDesk.Features.Tickets;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>Each channel's RetentionDays: what ended or was closed before the limit loses its personal data,
/// everything inside the limit is untouched, and the statistics stay.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly PrivacyWorld world = new();

    [Fact]
    public async Task AChatEndedBeforeTheLimitIsAnonymisedAndOneInsideItIsUntouched()
    {
        var channel = world.AddChannel("support", retentionDays: 30);
        var old = await world.AddChatAsync(channel, PrivacyWorld.Customer("Olle Gammal", "olle@example.com"), world.DaysAgo(30.01),
            SessionStatus.Ended, "My order 123 is late", "Sorry Olle, checking");
        var recent = await world.AddChatAsync(channel, PrivacyWorld.Customer("Nora Ny", "nora@example.com"), world.DaysAgo(29.99),
            SessionStatus.Ended, "Hello", "Hi Nora");
        var oldMail = await world.AddMailAsync("olle@example.com", "Transcript: My order 123 is late", world.DaysAgo(30.01), sent: true, transcriptOf: old);
        var recentMail = await world.AddMailAsync("nora@example.com", "Transcript: Hello", world.DaysAgo(29.99), sent: true, transcriptOf: recent);
        var recentBefore = await world.SessionAsync(recent);
        Assert.NotNull((await world.SessionAsync(old)).TokenHash);

        var counts = await world.Retention.RunAsync(CancellationToken.None);

        Assert.Equal([new RetentionCount("support", world.DaysAgo(30), 1, 0, 1)], counts);
        var anonymised = await world.SessionAsync(old);
        Assert.Equal(("", "", null, null, null, null, null, null), (anonymised.Customer.Name, anonymised.Customer.Email,
            anonymised.Customer.Company, anonymised.Customer.Phone, anonymised.Customer.Country, anonymised.Customer.TimeZoneId,
            anonymised.SourceUrl, anonymised.RatingComment));
        Assert.Empty(anonymised.Messages);
        Assert.Null(anonymised.TokenHash); // the chat can never be opened again
        // The reports' facts stay.
        Assert.Equal((SessionStatus.Ended, world.DaysAgo(30.01), "Anna", 4, EndReason.Agent, world.Time.GetUtcNow()),
            (anonymised.Status, anonymised.EndedAt!.Value, anonymised.AgentDisplayName, anonymised.Rating, anonymised.EndReason, anonymised.AnonymizedAt!.Value));
        var mail = await world.MailAsync(oldMail);
        Assert.Equal(("", "", "", "", null), (mail.To, mail.Subject, mail.TextBody, mail.HtmlBody, mail.DedupKey));
        Assert.NotNull(mail.SentAt);

        var untouched = await world.SessionAsync(recent);
        Assert.Equivalent(recentBefore, untouched, strict: true);
        Assert.Equal(2, untouched.Messages.Count);
        Assert.Equal("nora@example.com", (await world.MailAsync(recentMail)).To);
    }

    [Fact]
    public async Task AClosedTicketUntouchedSinceTheLimitIsAnonymisedAndOpenOrRecentlyActiveOnesAreNot()
    {
        var channel = world.AddChannel("support", retentionDays: 365);
        var closed = await world.AddTicketAsync(channel, PrivacyWorld.Customer("Stina Stängd", "stina@example.com"),
            TicketStatus.Closed, world.DaysAgo(400), "Where is my parcel?", lastEventAt: world.DaysAgo(380));
        var open = await world.AddTicketAsync(channel, PrivacyWorld.Customer("Otto Öppen", "otto@example.com"),
            TicketStatus.Open, world.DaysAgo(400), "Still waiting");
        var reopenedLately = await world.AddTicketAsync(channel, PrivacyWorld.Customer("Rut Ny", "rut@example.com"),
            TicketStatus.Closed, world.DaysAgo(400), "Broken lid", lastEventAt: world.DaysAgo(10));

        var counts = await world.Retention.RunAsync(CancellationToken.None);

        Assert.Equal(1, Assert.Single(counts).Tickets);
        var ticket = await world.TicketAsync(closed);
        Assert.Equal(("", "", "", TicketStatus.Closed, 1001, "Support"),
            (ticket.Customer.Name, ticket.Customer.Email, ticket.Question, ticket.Status, ticket.Number, ticket.Category));
        Assert.Equal(["", "", "Open → Closed"], (await world.HistoryAsync(closed)).Select(e => e.Text));
        Assert.Equal(["", "Anna", "Anna"], (await world.HistoryAsync(closed)).Select(e => e.ByName));
        Assert.Equal("Still waiting", (await world.TicketAsync(open)).Question);
        Assert.Equal("rut@example.com", (await world.TicketAsync(reopenedLately)).Customer.Email);
        Assert.Contains("Rut", (await world.HistoryAsync(reopenedLately))[1].Text);
    }

    [Fact]
    public async Task AChannelWithZeroDaysKeepsEverythingForever()
    {
        var forever = world.AddChannel("archive", retentionDays: 0);
        var chat = await world.AddChatAsync(forever, PrivacyWorld.Customer("Ada Arkiv", "ada@example.com"), world.DaysAgo(3650),
            SessionStatus.Ended, "Keep me");
        var ticket = await world.AddTicketAsync(forever, PrivacyWorld.Customer("Ada Arkiv", "ada@example.com"),
            TicketStatus.Closed, world.DaysAgo(3650), "Old question");

        Assert.Empty(await world.Retention.RunAsync(CancellationToken.None));

        Assert.Equal(("ada@example.com", "Keep me"), ((await world.SessionAsync(chat)).Customer.Email, (await world.SessionAsync(chat)).Messages[0].Text));
        Assert.Equal("Old question", (await world.TicketAsync(ticket)).Question);
        Assert.Empty(await world.AuditAsync());
    }

    [Fact]
    public async Task ARunIsAuditedWithCountsAndASecondRunChangesAndRecordsNothing()
    {
        var channel = world.AddChannel("support", retentionDays: 7);
        await world.AddChatAsync(channel, PrivacyWorld.Customer("Per Gammal", "per@example.com"), world.DaysAgo(8), SessionStatus.Ended, "Hi");
        // Queued for ever (never ended): still live, so never touched.
        var live = await world.AddChatAsync(channel, PrivacyWorld.Customer("Liv Kö", "liv@example.com"), world.DaysAgo(8), SessionStatus.Queued, "Hello?");

        await world.Retention.RunAsync(CancellationToken.None);
        var second = await world.Retention.RunAsync(CancellationToken.None);

        Assert.Empty(second);
        var entry = Assert.Single(await world.AuditAsync());
        Assert.Equal(("privacy", "retention", "channel support", "retention"), (entry.Area, entry.Action, entry.Subject, entry.ActorName));
        Assert.StartsWith("1 chat(s), 0 ticket(s), 0 mail(s) anonymised", entry.Details);
        Assert.Equal("liv@example.com", (await world.SessionAsync(live)).Customer.Email);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(365, true)]
    [InlineData(3650, true)]
    [InlineData(3651, false)]
    public void RetentionDaysAreZeroToTenYears(int days, bool valid)
    {
        var channel = new ChatChannel { Name = "Support", Slug = "support", RetentionDays = days };

        var result = new ChatChannelValidator().Validate(channel);

        Assert.Equal(valid, !result.Errors.Any(e => e.PropertyName == nameof(ChatChannel.RetentionDays)));
    }

    public void Dispose() => world.Dispose();
}
