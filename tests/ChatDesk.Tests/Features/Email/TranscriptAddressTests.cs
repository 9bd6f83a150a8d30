using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

/// <summary>A transcript goes only to the address the customer gave for the chat (issue 10), whatever a page asks for.</summary>
public sealed class TranscriptAddressTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeDomainChecker domains = new();
    private readonly TranscriptMailer mailer;
    private readonly TranscriptAddress addresses;

    public TranscriptAddressTests()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 14, 0, 0, TimeSpan.Zero));
        mailer = new TranscriptMailer(database, new TemplateRenderer(), new MailOutbox(database, new OutboxSignal(), time));
        addresses = new TranscriptAddress(database,
            new CustomerEmailCheck(domains, Options.Create(new EmailValidationOptions { CheckDomain = true })));
    }

    private async Task<ChatSession> ChatAsync(string email)
    {
        var channel = await database.AddChannelAsync();
        return await database.AddSessionAsync(channel, new CustomerDetails { Name = "Anna", Email = email }, "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hello"));
    }

    private async Task<string> StoredEmailAsync(long sessionId)
    {
        await using var db = database.CreateDbContext();
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Customer.Email).SingleAsync();
    }

    [Fact]
    public async Task ATranscriptToAnotherAddressThanTheChatsIsRefusedAndNothingIsQueued()
    {
        var chat = await ChatAsync("anna@example.com");

        await Assert.ThrowsAsync<ArgumentException>(
            () => mailer.QueueTranscriptAsync(chat.Id, "stranger@example.org", CancellationToken.None));

        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task TheChatsOwnAddressIsMatchedAsTheMailSystemReadsIt()
    {
        var chat = await ChatAsync("anna@EXAMPLE.com");

        await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);

        Assert.Equal("anna@example.com", Assert.Single(await database.OutboxAsync()).To);
    }

    [Fact]
    public async Task AChatWithoutAnAddressSendsNothingUntilItHasOne()
    {
        var chat = await ChatAsync("");

        await Assert.ThrowsAsync<ArgumentException>(
            () => mailer.QueueTranscriptAsync(chat.Id, "anyone@example.org", CancellationToken.None));

        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task AChatWithoutAnAddressStoresTheCheckedOneAndTheTranscriptGoesThere()
    {
        var chat = await ChatAsync("");

        var given = await addresses.SetAsync(chat.Id, " kim@EXAMPLE.org ", CancellationToken.None);
        await mailer.QueueTranscriptAsync(chat.Id, given.Address!, CancellationToken.None);

        Assert.Equal("kim@example.org", given.Address);
        Assert.Equal("kim@example.org", await StoredEmailAsync(chat.Id));
        Assert.Equal("kim@example.org", Assert.Single(await database.OutboxAsync()).To);
    }

    [Theory]
    [InlineData("kim@", EmailProblem.Syntax)]
    [InlineData("kim@gone.example", EmailProblem.DomainMissing)]
    [InlineData("kim@nomail.example", EmailProblem.NullMx)]
    public async Task AnAddressThePreChatFormWouldRefuseIsRefusedAndNotStored(string typed, EmailProblem problem)
    {
        domains.Answers["gone.example"] = DomainCheck.DoesNotExist;
        domains.Answers["nomail.example"] = DomainCheck.NullMx;
        var chat = await ChatAsync("");

        var given = await addresses.SetAsync(chat.Id, typed, CancellationToken.None);

        Assert.Equal((problem, (string?)null), (given.Check.Problem, given.Address));
        Assert.Equal("", await StoredEmailAsync(chat.Id));
    }

    [Fact]
    public async Task AChatThatHasAnAddressKeepsIt()
    {
        var chat = await ChatAsync("anna@example.com");

        var given = await addresses.SetAsync(chat.Id, "stranger@example.org", CancellationToken.None);

        Assert.Null(given.Address);
        Assert.Equal("anna@example.com", await StoredEmailAsync(chat.Id));
    }

    [Fact]
    public async Task OnlyTheFirstAddressGivenForAChatIsKept()
    {
        var chat = await ChatAsync("");

        await addresses.SetAsync(chat.Id, "kim@example.org", CancellationToken.None);
        var second = await addresses.SetAsync(chat.Id, "other@example.org", CancellationToken.None);

        Assert.Null(second.Address);
        Assert.Equal("kim@example.org", await StoredEmailAsync(chat.Id));
    }

    public void Dispose() => database.Dispose();
}
