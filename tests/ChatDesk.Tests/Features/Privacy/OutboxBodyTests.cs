using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Outbox;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>A delivered mail keeps its row (de-duplication, the outbox page) but not its bodies, and is never sent again.</summary>
public sealed class OutboxBodyTests : IDisposable
{
    private readonly PrivacyWorld world = new();

    [Fact]
    public async Task ADeliveredMailLosesItsBodiesKeepsItsRowAndIsNotSentAgain()
    {
        var smtp = new FakeEmailSender();
        var signal = new OutboxSignal();
        var outbox = new MailOutbox(world.Database, signal, world.Time);
        var id = await outbox.EnqueueOnceAsync(new EmailMessage("karin@example.com", "Your chat", "The whole chat", "<p>The whole chat</p>"),
            "transcript:1:karin@example.com", null, CancellationToken.None);
        var sender = TestOutboxSender.Create(world.Database, smtp, signal, world.Time);

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        world.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        Assert.Equal("The whole chat", Assert.Single(smtp.Sent).TextBody);
        var mail = await world.MailAsync(id);
        Assert.Equal(("karin@example.com", "Your chat", "", ""), (mail.To, mail.Subject, mail.TextBody, mail.HtmlBody));
        Assert.NotNull(mail.SentAt);
        // A second request for the same mail finds the delivered one instead of queueing a new one.
        Assert.Equal(id, await outbox.EnqueueOnceAsync(new EmailMessage("karin@example.com", "Your chat", "again", "again"),
            "transcript:1:karin@example.com", null, CancellationToken.None));
        var overview = await new OutboxAdmin(world.Database, signal, new AuditLog(world.Database, world.Time), world.Time)
            .ListAsync(PrivacyWorld.Admin, CancellationToken.None);
        Assert.Empty(overview.Failed);
        Assert.Empty(overview.Waiting);
    }

    public void Dispose() => world.Dispose();
}
