using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

public sealed class TranscriptDeliveryTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 14, 0, 0, TimeSpan.Zero));
    private readonly FakeEmailSender smtp = new();
    private readonly RecordingChatEvents events = new();
    private readonly OutboxSignal signal = new();
    private readonly TranscriptMailer mailer;
    private readonly OutboxSender sender;

    public TranscriptDeliveryTests()
    {
        mailer = new TranscriptMailer(database, new TemplateRenderer(), new MailOutbox(database, signal, time));
        sender = TestOutboxSender.Create(database, smtp, signal, time, events);
    }

    private async Task<ChatSession> ChatAsync()
    {
        var channel = await database.AddChannelAsync();
        return await database.AddSessionAsync(channel, new CustomerDetails { Name = "Anna", Email = "anna@example.com" }, "Erik",
            TestMessages.Customer(1, "2026-01-14T13:05:00Z", "Anna", "Hello"));
    }

    private async Task<DateTimeOffset?> TranscriptSentAtAsync(long sessionId)
    {
        await using var db = database.CreateDbContext();
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.TranscriptSentAt).SingleAsync();
    }

    [Fact]
    public async Task AskingTwiceForTheSameChatAndAddressQueuesOneMail()
    {
        var chat = await ChatAsync();

        var first = await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);
        var second = await mailer.QueueTranscriptAsync(chat.Id, "anna@EXAMPLE.com", CancellationToken.None);

        Assert.Equal(first, second);
        var mail = Assert.Single(await database.OutboxAsync());
        Assert.Equal(($"transcript:{chat.Id}:anna@example.com", (long?)chat.Id), (mail.DedupKey, mail.TranscriptOf));
    }

    [Fact]
    public async Task AskingAgainAfterDeliveryDoesNotSendItAgain()
    {
        var chat = await ChatAsync();
        var first = await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(first, await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None));
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Single(smtp.Sent);
    }

    [Fact]
    public async Task AnotherAddressThanTheChatsIsRefusedEvenAfterTheChatsOwnWasSent()
    {
        var chat = await ChatAsync();

        await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(
            () => mailer.QueueTranscriptAsync(chat.Id, "anna.other@example.com", CancellationToken.None));

        Assert.Equal("anna@example.com", Assert.Single(await database.OutboxAsync()).To);
    }

    [Fact]
    public async Task DeliverySetsTheChatsTranscriptSentAtWithNoPageOpen()
    {
        var chat = await ChatAsync();
        var id = await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);

        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(time.GetUtcNow(), await TranscriptSentAtAsync(chat.Id));
        Assert.Contains(events.Published, e => e is SessionChanged && e.SessionId == chat.Id);
        Assert.Contains(events.Published, e => e is TranscriptMailChanged changed && changed.OutboxId == id);
    }

    [Fact]
    public async Task AFailedAttemptTellsTheChatButDoesNotMarkItSent()
    {
        var chat = await ChatAsync();
        smtp.FailNext(1);
        var id = await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);

        await sender.SendDueAsync(CancellationToken.None);

        Assert.Null(await TranscriptSentAtAsync(chat.Id));
        Assert.Equal([new TranscriptMailChanged(chat.Id, chat.ChannelId, id)], events.Published);
    }

    [Fact]
    public async Task TheQueuedTranscriptIsFoundAgainForTheSameChatAndAddressOnly()
    {
        var chat = await ChatAsync();
        var id = await mailer.QueueTranscriptAsync(chat.Id, "anna@example.com", CancellationToken.None);

        Assert.Equal(id, (await mailer.FindAsync(chat.Id, "anna@example.com", CancellationToken.None))?.Id);
        Assert.Null(await mailer.FindAsync(chat.Id, "someone@example.com", CancellationToken.None));
        Assert.Null(await mailer.FindAsync(chat.Id, "not an address", CancellationToken.None));
    }

    public void Dispose()
    {
        sender.Dispose();
        database.Dispose();
    }
}
