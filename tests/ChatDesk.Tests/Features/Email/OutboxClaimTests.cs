using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

public sealed class OutboxClaimTests : IDisposable
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 0, 0, TimeSpan.Zero));
    private readonly FakeEmailSender smtp = new();
    private readonly OutboxSignal signal = new();
    private readonly MailOutbox outbox;
    private readonly OutboxSender first;
    private readonly OutboxSender second;

    public OutboxClaimTests()
    {
        outbox = new MailOutbox(database, signal, time);
        first = TestOutboxSender.Create(database, smtp, signal, time);
        second = TestOutboxSender.Create(database, smtp, signal, time);
    }

    private Task<long> EnqueueAsync() =>
        outbox.EnqueueAsync(new EmailMessage("anna@example.com", "Hello", "text", "<p>html</p>"), CancellationToken.None);

    private async Task ClaimAsAnotherNodeAsync(long id, DateTimeOffset until)
    {
        await using var db = database.CreateDbContext();
        await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimedUntil, until)
            .SetProperty(m => m.ClaimedBy, "node-b"));
    }

    [Fact]
    public void EverySenderHasItsOwnId() => Assert.NotEqual(first.Id, second.Id);

    [Fact]
    public async Task AMailClaimedByAnotherSenderIsLeftAloneUntilItsLeaseRunsOut()
    {
        var id = await EnqueueAsync();
        await ClaimAsAnotherNodeAsync(id, time.GetUtcNow() + OutboxSender.Lease);

        Assert.Equal(0, await first.SendDueAsync(CancellationToken.None));
        time.Advance(OutboxSender.Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await first.SendDueAsync(CancellationToken.None));
        Assert.Empty(smtp.Sent);

        // The other node crashed mid-send: once its lease has run out the mail is sent by this one.
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await first.SendDueAsync(CancellationToken.None));
        Assert.Single(smtp.Sent);
    }

    [Fact]
    public async Task DeliveryIsRecordedAndTheClaimCleared()
    {
        var id = await EnqueueAsync();

        await first.SendDueAsync(CancellationToken.None);

        var mail = database.Find(id);
        Assert.Equal((time.GetUtcNow(), (DateTimeOffset?)null, (string?)null), (mail.SentAt, mail.ClaimedUntil, mail.ClaimedBy));
    }

    [Fact]
    public async Task AFailedAttemptReleasesTheClaimSoAnotherSenderCanRetryIt()
    {
        smtp.FailNext(1);
        var id = await EnqueueAsync();

        await first.SendDueAsync(CancellationToken.None);
        Assert.Null(database.Find(id).ClaimedBy);
        time.Advance(OutboxRetry.Delay(1));

        Assert.Equal(1, await second.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await first.SendDueAsync(CancellationToken.None));
        Assert.Single(smtp.Sent);
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
        database.Dispose();
    }
}
