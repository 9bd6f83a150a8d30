using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Features.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Tickets;

/// <summary>The request form is no open relay (issue 10): limits per client and recipient, a honeypot, a minimum
/// fill time.</summary>
public sealed class OfflineRequestsTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 5, 0, TimeSpan.Zero));
    private readonly TicketLimiter limiter;
    private readonly OfflineRequests requests;

    public OfflineRequestsTests()
    {
        var options = Options.Create(new TicketLimitOptions
        {
            TicketsPerClientPerHour = 5, ConfirmationsPerRecipientPerDay = 3, TicketFormMinSeconds = 3,
        });
        limiter = new TicketLimiter(options);
        var tickets = new TicketService(database, new TemplateRenderer(), new MailOutbox(database, new OutboxSignal(), time), time);
        requests = new OfflineRequests(tickets, limiter, options, time, NullLogger<OfflineRequests>.Instance);
    }

    private OfflineRequest Request(int channelId, string email = "stranger@example.org", string client = "203.0.113.7",
        string? honeypot = "", TimeSpan? filledIn = null, string question = "Where is my order?") =>
        new(channelId, new CustomerDetails { Name = "Mallory", Email = email }, question, client,
            time.GetUtcNow() - (filledIn ?? TimeSpan.FromSeconds(20)), honeypot);

    [Fact]
    public async Task ThirtySubmissionsToOneForeignAddressFromOneClientMailOnlyTheConfiguredFew()
    {
        var channel = await database.AddChannelAsync();

        var results = new List<OfflineResult>();
        for (var i = 0; i < 30; i++) results.Add(await requests.SubmitAsync(Request(channel.Id), CancellationToken.None));

        Assert.Equal(3, (await database.OutboxAsync()).Count(m => m.To == "stranger@example.org"));
        Assert.Equal(
            [.. Enumerable.Repeat(OfflineOutcome.Registered, 3), .. Enumerable.Repeat(OfflineOutcome.RegisteredWithoutConfirmation, 2),
             .. Enumerable.Repeat(OfflineOutcome.TooManyFromClient, 25)],
            results.Select(r => r.Outcome));
        Assert.Equal(5, database.Count("Tickets"));
        Assert.All(results.Skip(5), r => Assert.Null(r.Ticket));
    }

    [Fact]
    public async Task TheRecipientLimitHoldsAcrossClients()
    {
        var channel = await database.AddChannelAsync();

        for (var i = 0; i < 6; i++)
            await requests.SubmitAsync(Request(channel.Id, client: $"198.51.100.{i}"), CancellationToken.None);

        Assert.Equal(3, (await database.OutboxAsync()).Count);
        Assert.Equal(6, database.Count("Tickets"));
    }

    [Fact]
    public async Task OtherClientsAndOtherRecipientsHaveTheirOwnAllowance()
    {
        var channel = await database.AddChannelAsync();
        for (var i = 0; i < 5; i++) await requests.SubmitAsync(Request(channel.Id, email: $"a{i}@example.org"), CancellationToken.None);

        var sameClient = await requests.SubmitAsync(Request(channel.Id, email: "b@example.org"), CancellationToken.None);
        var otherClient = await requests.SubmitAsync(Request(channel.Id, email: "b@example.org", client: "192.0.2.1"), CancellationToken.None);

        Assert.Equal(OfflineOutcome.TooManyFromClient, sameClient.Outcome);
        Assert.Equal(OfflineOutcome.Registered, otherClient.Outcome);
        Assert.Equal(6, (await database.OutboxAsync()).Count);
    }

    [Fact]
    public async Task AFilledInHoneypotIsRefusedWithoutTicketOrMail()
    {
        var channel = await database.AddChannelAsync();

        var result = await requests.SubmitAsync(Request(channel.Id, honeypot: "http://spam.example"), CancellationToken.None);

        Assert.Equal((OfflineOutcome.Refused, (Ticket?)null), (result.Outcome, result.Ticket));
        Assert.Equal(0, database.Count("Tickets"));
        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task AFormSentBackFasterThanAPersonFillsItIsRefusedWithoutTicketOrMail()
    {
        var channel = await database.AddChannelAsync();

        var result = await requests.SubmitAsync(Request(channel.Id, filledIn: TimeSpan.FromSeconds(2.9)), CancellationToken.None);

        Assert.Equal(OfflineOutcome.Refused, result.Outcome);
        Assert.Equal(0, database.Count("Tickets"));
        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task APersonWhoTookTheMinimumTimeIsRegistered()
    {
        var channel = await database.AddChannelAsync();

        var result = await requests.SubmitAsync(Request(channel.Id, filledIn: TimeSpan.FromSeconds(3)), CancellationToken.None);

        Assert.Equal(OfflineOutcome.Registered, result.Outcome);
        Assert.Single(await database.OutboxAsync());
    }

    [Fact]
    public void TheFillTimeIsMeasuredOnTheServersClock()
    {
        var shown = time.GetUtcNow();
        var request = Request(1) with { FormShownAt = shown };
        Assert.True(requests.LooksLikeABot(request));

        time.Advance(TimeSpan.FromSeconds(3));

        Assert.False(requests.LooksLikeABot(request));
    }

    [Fact]
    public void AFormThatFollowsAChatHasNoMinimumTime() =>
        Assert.False(requests.LooksLikeABot(Request(1) with { FormShownAt = null }));

    [Fact]
    public async Task ARefusedBotDoesNotUseUpTheClientsAllowance()
    {
        var channel = await database.AddChannelAsync();
        for (var i = 0; i < 10; i++) await requests.SubmitAsync(Request(channel.Id, honeypot: "x"), CancellationToken.None);

        var person = await requests.SubmitAsync(Request(channel.Id), CancellationToken.None);

        Assert.Equal(OfflineOutcome.Registered, person.Outcome);
    }

    public void Dispose()
    {
        limiter.Dispose();
        database.Dispose();
    }
}
