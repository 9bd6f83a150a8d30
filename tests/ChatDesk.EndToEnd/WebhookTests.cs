using System.Text.Json;
using ChatDesk.EndToEnd.Harness;
using ChatDesk.Features.Webhooks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 12.3 in the real app: an admin adds a webhook subscription on /admin/webhooks, presses the test
/// button, a receiver started by the test gets a signed ping, and the page's delivery log shows it delivered.</summary>
public sealed class WebhookTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AnAdminAddsASubscriptionAndTheTestPingArrivesSigned() => RunAsync(async () =>
    {
        using var receiver = new WebhookListener();
        var url = receiver.Url;
        var admin = await SignInAsync("admin", "admin");
        await admin.GotoAsync("/admin/webhooks?channel=support");
        await WaitUntilInteractiveAsync(admin);

        await admin.GetByLabel("Receiver URL (http or https)").FillAsync(url);
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "chat.ended" }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add subscription" }).ClickAsync();
        var secret = (await admin.GetByTestId("webhook-secret").TextContentAsync())!.Trim();
        Assert.StartsWith("whsec_", secret);
        await AssertNoSeriousViolationsAsync(admin, "created");

        var card = admin.GetByTestId("webhook-subscription").Filter(new() { HasText = url });
        await card.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        await Expect(admin.GetByTestId("webhook-status")).ToContainTextAsync("A test ping to");

        await Wait.UntilAsync(() => Task.FromResult(!receiver.Requests.IsEmpty), TimeSpan.FromSeconds(20), "the ping at the receiver");
        var (headers, body) = Assert.Single(receiver.Requests);
        Assert.Equal("ping", headers[WebhookSignature.EventHeader]);
        Assert.True(WebhookSignature.Verify(secret, headers[WebhookSignature.TimestampHeader], body,
            headers[WebhookSignature.SignatureHeader], DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        using (var json = JsonDocument.Parse(body)) Assert.Equal("ping", json.RootElement.GetProperty("type").GetString());

        var row = card.GetByTestId("webhook-log-row");
        await Expect(row).ToHaveAttributeAsync("data-state", "Delivered");
        await Expect(row).ToContainTextAsync("ping");
        await Expect(row).ToContainTextAsync("200");

        // Leave the shared app as it was: other tests' chats must not be sent to a receiver that is gone.
        await card.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(admin.GetByTestId("webhook-status")).ToContainTextAsync("deleted");
        await Expect(admin.GetByTestId("webhook-subscription").Filter(new() { HasText = url })).ToHaveCountAsync(0);
    });
}
