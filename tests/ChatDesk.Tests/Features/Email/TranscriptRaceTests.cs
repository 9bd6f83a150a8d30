using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Email;

/// <summary>Concurrent requests on separate connections to one SQLite file, as from two tabs or two nodes.</summary>
public sealed class TranscriptRaceTests : IDisposable
{
    private readonly TestDatabase database = new(concurrent: true);

    [Fact]
    public async Task ConcurrentRequestsForTheSameChatQueueOneMail()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 14, 0, 0, TimeSpan.Zero));
        var mailer = new TranscriptMailer(database, new TemplateRenderer(), new MailOutbox(database, new OutboxSignal(), time));
        var channel = database.AddChannel();
        var sessions = new List<ChatSession>();
        await using (var db = database.CreateDbContext())
        {
            // A transcript goes only to its chat's address: one chat per round.
            for (var round = 0; round < 5; round++)
            {
                sessions.Add(new ChatSession(SessionStatus.Ended)
                {
                    TokenHash = Guid.NewGuid().ToString("N"), ChannelId = channel.Id,
                    Customer = new CustomerDetails { Name = "Anna", Email = $"anna{round}@example.com" },
                });
            }
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync();
        }

        foreach (var session in sessions)
        {
            var to = session.Customer.Email;
            var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                Task.Run(() => mailer.QueueTranscriptAsync(session.Id, to, CancellationToken.None))));

            Assert.Single(ids.Distinct());
        }
        await using var check = database.CreateDbContext();
        var ids2 = sessions.Select(s => (long?)s.Id).ToList();
        Assert.Equal(5, await check.Outbox.CountAsync(m => ids2.Contains(m.TranscriptOf)));
    }

    public void Dispose() => database.Dispose();
}
