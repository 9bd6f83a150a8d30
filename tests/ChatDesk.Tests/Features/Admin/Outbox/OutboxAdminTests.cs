using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Outbox;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Features.Email;
using ChatDesk.Tests.Support;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Admin.Outbox;

public sealed class OutboxAdminTests : IDisposable
{
    private static readonly StaffActor Admin = new("a1", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });
    private static readonly StaffActor Supervisor = new("s1", "Erik Sandberg", new HashSet<string> { StaffRoles.Supervisor });
    private static readonly StaffActor Agent = new("g1", "Oskar Berg", new HashSet<string> { StaffRoles.Agent });

    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 0, 0, TimeSpan.Zero));
    private readonly FakeEmailSender smtp = new();
    private readonly OutboxSignal signal = new();
    private readonly MailOutbox outbox;
    private readonly OutboxSender sender;
    private readonly OutboxAdmin admin;

    public OutboxAdminTests()
    {
        outbox = new MailOutbox(database, signal, time);
        sender = TestOutboxSender.Create(database, smtp, signal, time);
        admin = new OutboxAdmin(database, signal, new AuditLog(database, time), time);
    }

    private Task<long> EnqueueAsync(string to) =>
        outbox.EnqueueAsync(new EmailMessage(to, "Hello", "text", "<p>html</p>"), CancellationToken.None);

    [Fact]
    public async Task FailedMailIsListedNewestFirstWithItsReason()
    {
        var older = await EnqueueAsync("nobody@example.com");
        smtp.AnswerNext(1, SmtpStatusCode.MailboxUnavailable, "No such user");
        await sender.SendDueAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var newer = await EnqueueAsync("gone@example.com");
        smtp.AnswerNext(1, SmtpStatusCode.MailboxUnavailable, "Mailbox disabled");
        await sender.SendDueAsync(CancellationToken.None);

        var failed = (await admin.ListAsync(Admin, CancellationToken.None)).Failed;

        Assert.Equal([newer, older], failed.Select(m => m.Id));
        Assert.Equal(("gone@example.com", 1, time.GetUtcNow(), "SmtpCommandException 550: Mailbox disabled"),
            (failed[0].To, failed[0].Attempts, failed[0].FailedAt!.Value, failed[0].LastError));
    }

    [Fact]
    public async Task MailWaitingForRetryIsListedApartAndSentMailIsNot()
    {
        await EnqueueAsync("sent@example.com");
        await sender.SendDueAsync(CancellationToken.None);
        smtp.FailNext(1);
        var waiting = await EnqueueAsync("later@example.com");
        await sender.SendDueAsync(CancellationToken.None);

        var overview = await admin.ListAsync(Admin, CancellationToken.None);

        Assert.Empty(overview.Failed);
        Assert.Equal([waiting], overview.Waiting.Select(m => m.Id));
        Assert.Equal(time.GetUtcNow() + OutboxRetry.Delay(1), overview.Waiting[0].NextAttemptAt);
    }

    [Fact]
    public async Task RetryingAFailedMailSendsItAgainAndIsAudited()
    {
        var id = await EnqueueAsync("fixed@example.com");
        smtp.AnswerNext(1, SmtpStatusCode.MailboxUnavailable);
        await sender.SendDueAsync(CancellationToken.None);

        Assert.True(await admin.RetryAsync(Admin, id, CancellationToken.None));
        Assert.False(await admin.RetryAsync(Admin, id, CancellationToken.None));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        Assert.NotNull(database.Find(id).SentAt);
        var entry = Assert.Single(await new AuditLog(database, time).LatestAsync(Admin, "outbox", 10, CancellationToken.None));
        Assert.Equal(("retried", $"mail {id} to fixed@example.com"), (entry.Action, entry.Subject));
    }

    [Fact]
    public async Task AgentsAndSupervisorsAreRefused()
    {
        var id = await EnqueueAsync("nobody@example.com");

        foreach (var actor in new[] { Agent, Supervisor })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.ListAsync(actor, CancellationToken.None));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.RetryAsync(actor, id, CancellationToken.None));
        }
    }

    public void Dispose()
    {
        sender.Dispose();
        database.Dispose();
    }
}
