using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

public sealed class OutboxFailureTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 0, 0, TimeSpan.Zero));
    private readonly FakeEmailSender smtp = new();
    private readonly OutboxSignal signal = new();
    private readonly MailOutbox outbox;

    public OutboxFailureTests() => outbox = new MailOutbox(database, signal, time);

    private OutboxSender Sender(int maxAttempts = 10) => TestOutboxSender.Create(database, smtp, signal, time, maxAttempts: maxAttempts);

    private Task<long> EnqueueAsync() =>
        outbox.EnqueueAsync(new EmailMessage("anna@example.com", "Hello", "text", "<p>html</p>"), CancellationToken.None);

    // Passes over two hours, each as late as the longest retry delay, so every pass finds the mail due again.
    private async Task PollForTwoHoursAsync(OutboxSender sender)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(2); elapsed += OutboxRetry.MaxDelay)
        {
            await sender.SendDueAsync(CancellationToken.None);
            time.Advance(OutboxRetry.MaxDelay);
        }
    }

    [Fact]
    public async Task A5xxRefusalFailsTheMailAtOnceAndItIsNeverRetried()
    {
        using var sender = Sender();
        smtp.AnswerNext(1, SmtpStatusCode.MailboxUnavailable, "No such user");
        var id = await EnqueueAsync();
        var refusedAt = time.GetUtcNow();

        await PollForTwoHoursAsync(sender);

        Assert.Equal(1, smtp.Attempts);
        var mail = database.Find(id);
        Assert.Equal((refusedAt, (DateTimeOffset?)null, 1), (mail.FailedAt, mail.SentAt, mail.Attempts));
        Assert.Equal("SmtpCommandException 550: No such user", mail.LastError);
        Assert.Null(mail.ClaimedBy);
    }

    [Fact]
    public async Task A4xxAnswerIsRetriedAndTheMailFailsAfterMaxAttempts()
    {
        using var sender = Sender(maxAttempts: 3);
        smtp.AnswerNext(100, SmtpStatusCode.MailboxBusy, "Try again later");
        var id = await EnqueueAsync();

        await PollForTwoHoursAsync(sender);

        Assert.Equal(3, smtp.Attempts);
        var mail = database.Find(id);
        Assert.Equal(3, mail.Attempts);
        Assert.NotNull(mail.FailedAt);
        Assert.Null(mail.SentAt);
        Assert.StartsWith("SmtpCommandException 450:", mail.LastError);
    }

    [Fact]
    public async Task AnUnreachableServerDoesNotUseUpTheAttemptsSoNoMailIsLost()
    {
        using var sender = Sender(maxAttempts: 2);
        smtp.FailNext(6);
        var id = await EnqueueAsync();

        await PollForTwoHoursAsync(sender);

        var mail = database.Find(id);
        Assert.NotNull(mail.SentAt);
        Assert.Null(mail.FailedAt);
        Assert.Equal(6, mail.Attempts);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    public void MaxAttemptsMustBeAtLeastOne(int maxAttempts, bool valid) =>
        Assert.Equal(valid, new SmtpOptionsValidator().Validate(new SmtpOptions { MaxAttempts = maxAttempts }).IsValid);

    public void Dispose() => database.Dispose();
}
