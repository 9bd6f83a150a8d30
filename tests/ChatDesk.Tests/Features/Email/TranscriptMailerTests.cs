using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

// Stockholm is UTC+1 in winter; New York is UTC-5 in winter.
public sealed class TranscriptMailerTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly TranscriptMailer mailer;

    public TranscriptMailerTests()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 14, 0, 0, TimeSpan.Zero));
        mailer = new TranscriptMailer(database, new TemplateRenderer(), new MailOutbox(database, new OutboxSignal(), time));
    }

    private static CustomerDetails Anna(string? timeZoneId) => new() { Name = "Anna", Email = "anna@example.com", TimeZoneId = timeZoneId };

    private async Task<OutboxMail> QueueAsync(ChatSession session, string to = "anna@example.com")
    {
        var id = await mailer.QueueTranscriptAsync(session.Id, to, CancellationToken.None);
        return Assert.Single(await database.OutboxAsync(), m => m.Id == id);
    }

    [Fact]
    public async Task TimesAreShownInTheCustomersTimeZone()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync(timeZoneId: "America/New_York");
        var session = await database.AddSessionAsync(channel, Anna("Europe/Stockholm"), "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hello"));

        var mail = await QueueAsync(session);

        Assert.Contains("[14:05] Anna: Hello", mail.TextBody);
        Assert.Matches(@"<td[^>]*>14:05</td>", mail.HtmlBody);
    }

    [Theory]
    [InlineData("America/New_York", "[08:05] Anna: Hello")]
    [InlineData("Not/AZone", "[13:05] Anna: Hello")]
    public async Task WithoutTheCustomersTimeZoneTimesFallBackToTheChannelsZoneThenUtc(string channelZone, string line)
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync(timeZoneId: channelZone);
        var session = await database.AddSessionAsync(channel, Anna(null), "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hello"));

        Assert.Contains(line, (await QueueAsync(session)).TextBody);
    }

    [Fact]
    public async Task EveryMessageIsIncludedInSequenceOrderWithEventsAsSystemLines()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync();
        var session = await database.AddSessionAsync(channel, Anna("Europe/Stockholm"), "Erik",
            TestMessages.Agent(3, "2026-01-14T13:06:00Z", "Erik", "Welcome! How can I help?", MessageKind.Welcome),
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hello"),
            TestMessages.Event(2, "2026-01-14T13:06:00Z", "Erik joined the chat"),
            TestMessages.Customer(4, "2026-01-14T13:07:00Z", "", "My order is late"));

        var mail = await QueueAsync(session);

        Assert.Contains(
            "[14:05] Anna: Hello\n[14:06] Erik joined the chat\n[14:06] Erik: Welcome! How can I help?\n[14:07] Anna: My order is late",
            mail.TextBody);
    }

    [Fact]
    public async Task TheTranscriptIsInTheChannelsLanguageToTheChatsAddress()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync(language: "sv");
        var session = await database.AddSessionAsync(channel, Anna("Europe/Stockholm"), "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hej"));

        var mail = await QueueAsync(session);

        Assert.Equal("anna@example.com", mail.To);
        Assert.Equal("Din chatt med Kundtjänst den 14 januari 2026", mail.Subject);
        Assert.StartsWith("Hej Anna,", mail.TextBody);
        Assert.Contains("din chatt med Erik den 14 januari 2026", mail.TextBody);
    }

    [Fact]
    public async Task AChannelLanguageWithoutItsOwnTemplateGetsTheEnglishOne()
    {
        await database.AddSystemTemplatesAsync();
        var channel = await database.AddChannelAsync(language: "de");
        var session = await database.AddSessionAsync(channel, Anna("Europe/Stockholm"), "Erik");

        Assert.StartsWith("Your chat with Support on", (await QueueAsync(session)).Subject);
    }

    [Fact]
    public async Task WithNoStoredTemplateTheBuiltInOneIsUsed()
    {
        var channel = await database.AddChannelAsync(language: "sv");
        var session = await database.AddSessionAsync(channel, Anna("Europe/Stockholm"), "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hej"));

        var mail = await QueueAsync(session);

        Assert.StartsWith("Din chatt med Kundtjänst", mail.Subject);
        Assert.Contains("[14:05] Anna: Hej", mail.TextBody);
    }

    [Fact]
    public async Task AnInvalidAddressIsRefusedAndNothingIsQueued()
    {
        var channel = await database.AddChannelAsync();
        var session = await database.AddSessionAsync(channel, Anna(null), "Erik");

        await Assert.ThrowsAsync<ArgumentException>(() => mailer.QueueTranscriptAsync(session.Id, "anna@", CancellationToken.None));
        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task AnUnknownSessionIsRefused() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => mailer.QueueTranscriptAsync(999, "anna@example.com", CancellationToken.None));

    public void Dispose() => database.Dispose();
}
