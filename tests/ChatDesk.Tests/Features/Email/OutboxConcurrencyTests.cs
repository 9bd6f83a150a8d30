using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

/// <summary>Two senders (two app nodes) over one SQLite file in WAL mode, each on its own connections, so their
/// claims really race.</summary>
public sealed class OutboxConcurrencyTests : IDisposable
{
    private const int Rounds = 8;
    private const int MailsPerRound = 20;

    private readonly TestDatabase database = new(concurrent: true);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 0, 0, TimeSpan.Zero));
    // Each send takes a moment, so both senders are mid-batch at the same time.
    private readonly FakeEmailSender smtp = new() { Latency = TimeSpan.FromMilliseconds(3) };
    private readonly OutboxSignal signal = new();

    [Fact]
    public async Task TwoSendersOnOneDatabaseSendEveryMailExactlyOnce()
    {
        var outbox = new MailOutbox(database, signal, time);
        using var nodeA = TestOutboxSender.Create(database, smtp, signal, time);
        using var nodeB = TestOutboxSender.Create(database, smtp, signal, time);

        for (var round = 0; round < Rounds; round++)
        {
            await using (var staging = database.CreateDbContext())
            {
                // One commit per round: the race is between the senders, not with the enqueues.
                for (var i = 0; i < MailsPerRound; i++)
                    outbox.Stage(staging, new EmailMessage("anna@example.com", $"round {round} mail {i}", "text", "<p>html</p>"));
                await staging.SaveChangesAsync();
            }

            var counts = await Task.WhenAll(
                Task.Run(() => nodeA.SendDueAsync(CancellationToken.None)),
                Task.Run(() => nodeB.SendDueAsync(CancellationToken.None)));

            Assert.Equal(MailsPerRound, counts.Sum());
        }

        var sent = smtp.Sent.GroupBy(m => m.Subject).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Rounds * MailsPerRound, sent.Count);
        Assert.All(sent, pair => Assert.Equal(1, pair.Value));
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.SentAt == null || m.ClaimedBy != null));
    }

    public void Dispose() => database.Dispose();
}
