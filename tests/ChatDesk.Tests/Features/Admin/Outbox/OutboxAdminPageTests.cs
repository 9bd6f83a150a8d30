using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Outbox;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Features.Email;
using ChatDesk.Tests.Support;
using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Admin.Outbox;

/// <summary>A mail the SMTP server refused for good shows on the admin's outbox page with its reason.</summary>
public sealed class OutboxAdminPageTests : ComponentTestContext
{
    private readonly MailTestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 14, 13, 0, 0, TimeSpan.Zero));
    private readonly FakeEmailSender smtp = new();
    private readonly OutboxSignal signal = new();

    public OutboxAdminPageTests()
    {
        Services.AddSingleton(new OutboxAdmin(database, signal, new AuditLog(database, time), time));
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles(StaffRoles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"), new Claim(ClaimTypes.Name, "admin"));
    }

    [Fact]
    public async Task AMailRefusedWithA5xxIsListedAsFailedWithTheServersReason()
    {
        await new MailOutbox(database, signal, time)
            .EnqueueAsync(new EmailMessage("gone@example.com", "Your chat", "text", "<p>html</p>"), CancellationToken.None);
        smtp.AnswerNext(1, SmtpStatusCode.MailboxUnavailable, "Mailbox disabled");
        await TestOutboxSender.Create(database, smtp, signal, time).SendDueAsync(CancellationToken.None);

        var page = Render<OutboxAdminPage>(p => p.AddCascadingValue(StaffText.For("en")));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-testid=outbox-failed-row]")));
        var row = page.Find("tr[data-testid=outbox-failed-row]").TextContent;
        Assert.Contains("gone@example.com", row);
        Assert.Contains("SmtpCommandException 550: Mailbox disabled", row);
        Assert.Empty(page.FindAll("tr[data-testid=outbox-waiting-row]"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) database.Dispose();
    }
}
