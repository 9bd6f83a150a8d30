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
    public async Task ConcurrentRequestsForTheSameChatAndAddressQueueOneMail()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 14, 0, 0, TimeSpan.Zero));
        var mailer = new TranscriptMailer(database, new TemplateRenderer(), new MailOutbox(database, new OutboxSignal(), time));
        var channel = database.AddChannel();
        var session = new ChatSession(SessionStatus.Ended)
        {
            TokenHash = Guid.NewGuid().ToString("N"), ChannelId = channel.Id,
            Customer = new CustomerDetails { Name = "Anna", Email = "anna@example.com" },
        };
        await using (var db = database.CreateDbContext())
        {
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
        }

        for (var round = 0; round < 5; round++)
        {
            var to = $"anna{round}@example.com";
            var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                Task.Run(() => mailer.QueueTranscriptAsync(session.Id, to, CancellationToken.None))));

            Assert.Single(ids.Distinct());
        }
        await using var check = database.CreateDbContext();
        Assert.Equal(5, await check.Outbox.CountAsync(m => m.TranscriptOf == session.Id));
    }

    public void Dispose() => database.Dispose();
}
