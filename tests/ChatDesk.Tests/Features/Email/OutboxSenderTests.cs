using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

public sealed class OutboxSenderTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 0, 0, TimeSpan.Zero));
    private readonly FakeEmailSender smtp = new();
    private readonly OutboxSignal signal = new();
    private readonly MailOutbox outbox;
    private readonly OutboxSender sender;

    public OutboxSenderTests()
    {
        outbox = new MailOutbox(database, signal, time);
        sender = TestOutboxSender.Create(database, smtp, signal, time);
    }

    private static EmailMessage Mail(string to = "anna@example.com", string subject = "Hello") =>
        new(to, subject, "text", "<p>html</p>");

    [Fact]
    public async Task AQueuedMailIsSentOnceAndMarkedSent()
    {
        var id = await outbox.EnqueueAsync(Mail(), CancellationToken.None);

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        Assert.Equal("anna@example.com", Assert.Single(smtp.Sent).To);
        var mail = await outbox.FindAsync(id, CancellationToken.None);
        Assert.Equal(time.GetUtcNow(), mail!.SentAt);
        Assert.Equal(0, mail.Attempts);
    }

    [Fact]
    public async Task AFailedMailIsRetriedWithBackoffUntilItIsSent()
    {
        smtp.FailNext(3);
        var id = await outbox.EnqueueAsync(Mail(), CancellationToken.None);
        var queuedAt = time.GetUtcNow();

        await sender.SendDueAsync(CancellationToken.None);                   // attempt 1 fails
        Assert.Equal(queuedAt.AddSeconds(5), (await outbox.FindAsync(id, CancellationToken.None))!.NextAttemptAt);
        await sender.SendDueAsync(CancellationToken.None);                   // not due yet
        Assert.Equal(1, smtp.Attempts);

        time.Advance(TimeSpan.FromSeconds(5));
        await sender.SendDueAsync(CancellationToken.None);                   // attempt 2 fails
        Assert.Equal(time.GetUtcNow().AddSeconds(10), (await outbox.FindAsync(id, CancellationToken.None))!.NextAttemptAt);

        time.Advance(TimeSpan.FromSeconds(10));
        await sender.SendDueAsync(CancellationToken.None);                   // attempt 3 fails
        Assert.Equal(time.GetUtcNow().AddSeconds(20), (await outbox.FindAsync(id, CancellationToken.None))!.NextAttemptAt);

        time.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));  // attempt 4 succeeds

        Assert.Single(smtp.Sent);
        Assert.Equal(4, smtp.Attempts);
        var mail = await outbox.FindAsync(id, CancellationToken.None);
        Assert.Equal(3, mail!.Attempts);
        Assert.Equal(time.GetUtcNow(), mail.SentAt);
        Assert.Equal("IOException: SMTP server unavailable", mail.LastError);
    }

    [Fact]
    public async Task NoMailIsLostDuringALongOutage()
    {
        smtp.FailNext(40);
        for (var i = 0; i < 3; i++) await outbox.EnqueueAsync(Mail(subject: $"Mail {i}"), CancellationToken.None);

        // Two hours of passes every few seconds, the way the background loop polls.
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(2); elapsed += OutboxSender.PollInterval)
        {
            await sender.SendDueAsync(CancellationToken.None);
            time.Advance(OutboxSender.PollInterval);
        }

        Assert.Equal(["Mail 0", "Mail 1", "Mail 2"], smtp.Sent.Select(m => m.Subject).Order());
        Assert.All(await database.OutboxAsync(), m => Assert.NotNull(m.SentAt));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    [InlineData(1000, 600)]
    public void RetryDelayDoublesFromFiveSecondsAndStopsAtTenMinutes(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxRetry.Delay(attempts));

    [Fact]
    public async Task ALongErrorIsTrimmedTo500Characters()
    {
        smtp.FailNext(1, new string('x', 2000));
        var id = await outbox.EnqueueAsync(Mail(), CancellationToken.None);

        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(500, (await outbox.FindAsync(id, CancellationToken.None))!.LastError!.Length);
    }

    [Fact]
    public async Task MailIsSentOldestFirstAndAFailureDoesNotHoldUpTheRest()
    {
        smtp.FailNext(1);
        foreach (var subject in new[] { "first", "second", "third" })
            await outbox.EnqueueAsync(Mail(subject: subject), CancellationToken.None);

        Assert.Equal(2, await sender.SendDueAsync(CancellationToken.None));
        time.Advance(OutboxRetry.Delay(1));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        Assert.Equal(["second", "third", "first"], smtp.Sent.Select(m => m.Subject));
    }

    [Fact]
    public async Task OnePassSendsAWholeBacklogLargerThanOneBatch()
    {
        for (var i = 0; i < 120; i++) await outbox.EnqueueAsync(Mail(subject: $"Mail {i}"), CancellationToken.None);

        Assert.Equal(120, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"Mail {i}"), smtp.Sent.Select(m => m.Subject));
    }

    [Fact]
    public async Task TheRunningSenderDeliversANewMailAtOnceWithoutWaitingForThePoll()
    {
        await sender.StartAsync(CancellationToken.None);
        try
        {
            // The fake clock never moves, so only the enqueue signal can wake the loop.
            var id = await outbox.EnqueueAsync(Mail(), CancellationToken.None);

            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (database.Find(id).SentAt is null && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
            Assert.NotNull(database.Find(id).SentAt);
            Assert.Single(smtp.Sent);
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task TheOutboxRefusesAnAddressMailCannotBeSentTo()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Mail(to: "not an address"), CancellationToken.None));
        Assert.Empty(await database.OutboxAsync());
    }

    [Fact]
    public async Task FindingAnUnknownMailGivesNull() =>
        Assert.Null(await outbox.FindAsync(12345, CancellationToken.None));

    public void Dispose()
    {
        sender.Dispose();
        database.Dispose();
    }
}
