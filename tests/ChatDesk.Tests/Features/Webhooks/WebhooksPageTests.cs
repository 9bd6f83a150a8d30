using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Webhooks;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Webhooks;

/// <summary>The admin adds a subscription on the page, sees its secret, sends a test ping and reads the log.</summary>
public sealed class WebhooksPageTests : ComponentTestContext
{
    private readonly WebhookWorld world = new();

    public WebhooksPageTests()
    {
        Services.AddSingleton(world.AdminService);
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles(StaffRoles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"), new Claim(ClaimTypes.Name, "admin"));
    }

    [Fact]
    public async Task AnAdminAddsASubscriptionSendsATestPingAndTheLogShowsItDelivered()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        await world.AddChannelAsync();
        var page = Render<WebhooksPage>(p => p.AddCascadingValue(StaffText.For("en")));
        page.WaitForAssertion(() => page.Find("[data-testid=webhook-none]"));

        page.Find("form[data-testid=webhook-create] input[type=text]").Input(receiver.Url);
        page.FindAll("input[type=checkbox]")[0].Change(true);
        await page.Find("form[data-testid=webhook-create]").SubmitAsync();

        var secret = page.Find("[data-testid=webhook-secret]").TextContent;
        Assert.StartsWith("whsec_", secret);
        Assert.Contains(receiver.Url, page.Find("[data-testid=webhook-subscription]").TextContent);
        Assert.Contains("chat.started", page.Find("[data-testid=webhook-subscription]").TextContent);

        await page.FindAll("[data-testid=webhook-subscription] button").First(b => b.TextContent.Contains("Send test ping")).ClickAsync(new());
        Assert.Contains("A test ping to", page.Find("[data-testid=webhook-status]").TextContent);
        page.WaitForAssertion(() => Assert.Equal("Waiting", page.Find("tr[data-testid=webhook-log-row]").GetAttribute("data-state")));

        Assert.Equal(1, await world.Sender().SendDueAsync(CancellationToken.None));
        var ping = Assert.Single(receiver.Requests);
        Assert.True(WebhookSignature.Verify(secret, ping.Header(WebhookSignature.TimestampHeader), ping.Body,
            ping.Header(WebhookSignature.SignatureHeader), world.Time.GetUtcNow(), TimeSpan.FromMinutes(5)));

        var again = Render<WebhooksPage>(p => p.AddCascadingValue(StaffText.For("en")));
        again.WaitForAssertion(() => Assert.Equal("Delivered", again.Find("tr[data-testid=webhook-log-row]").GetAttribute("data-state")));
        var row = again.Find("tr[data-testid=webhook-log-row]").TextContent;
        Assert.Contains("ping", row);
        Assert.Contains("200", row);
    }

    [Fact]
    public async Task ABadUrlAndNoEventAreNamedInSwedishAndWhatWasTypedStays()
    {
        await world.AddChannelAsync();
        var page = Render<WebhooksPage>(p => p.AddCascadingValue(StaffText.For("sv")));
        page.WaitForAssertion(() => page.Find("[data-testid=webhook-none]"));

        page.Find("form[data-testid=webhook-create] input[type=text]").Input("crm.example.com/hook");
        await page.Find("form[data-testid=webhook-create]").SubmitAsync();

        Assert.Contains(WebhookText.For("sv")["Error_UrlScheme"], page.Markup);
        Assert.Contains(WebhookText.For("sv")["Error_NoEvents"], page.Markup);
        Assert.Equal("crm.example.com/hook", page.Find("form[data-testid=webhook-create] input[type=text]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=webhook-subscription]"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        world.Dispose();
    }
}
