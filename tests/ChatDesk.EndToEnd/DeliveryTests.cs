using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>No sent message is lost or doubled across a dropped connection or a reload, and the customer is told
/// in their own language while the connection is down.</summary>
public sealed class DeliveryTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Log(IPage page, string text) => page.GetByRole(AriaRole.Log).Locator("li", new() { HasText = text });

    [Fact]
    public Task AMessageSentWithTheButtonWhileOfflineArrivesOnceWhenTheConnectionReturns() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Button Customer");

        await customer.Context.SetOfflineAsync(true);
        await Textbox(customer, "Message").FillAsync("Sent with the button offline");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(customer.Locator(".pending-message", new() { HasText = "Sent with the button offline" })).ToContainTextAsync("Sending…");
        await customer.WaitForTimeoutAsync(1500);
        await customer.Context.SetOfflineAsync(false);

        await Expect(Log(agent, "Sent with the button offline")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(Log(customer, "Sent with the button offline")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(customer.Locator(".pending-message")).ToHaveCountAsync(0);
        await Expect(Textbox(customer, "Message")).ToHaveValueAsync("");
    });

    [Fact]
    public Task TextTypedButNotSentIsStillInTheBoxAfterAReloadOnBothSides() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Draft Keeper");

        await Textbox(customer, "Message").FillAsync("Half a thought about my order");
        await Textbox(agent, "Reply").FillAsync("Let me check that for");
        await customer.ReloadAsync();
        await agent.ReloadAsync();

        await Expect(Textbox(customer, "Message")).ToHaveValueAsync("Half a thought about my order", new() { Timeout = 20_000 });
        await Expect(Textbox(agent, "Reply")).ToHaveValueAsync("Let me check that for", new() { Timeout = 20_000 });
        // Still a draft: nothing was sent by the reload.
        await Expect(Log(agent, "Half a thought about my order")).ToHaveCountAsync(0);
        await Expect(Log(customer, "Let me check that for")).ToHaveCountAsync(0);

        // Sent, it is gone from the box and stays gone after the next reload.
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(Log(agent, "Half a thought about my order")).ToHaveCountAsync(1);
        await customer.ReloadAsync();
        await Expect(Log(customer, "Half a thought about my order")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(Textbox(customer, "Message")).ToHaveValueAsync("");
    });

    [Fact]
    public Task AMessageTypedWhileOfflineAndThenReloadedArrivesOnce() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Reloading Customer");

        await customer.Context.SetOfflineAsync(true);
        await Textbox(customer, "Message").FillAsync("Typed offline, then reloaded");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(customer.Locator(".pending-message", new() { HasText = "Typed offline, then reloaded" })).ToBeVisibleAsync();
        await customer.Context.SetOfflineAsync(false);
        await customer.ReloadAsync();

        await Expect(Textbox(customer, "Message")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(Log(agent, "Typed offline, then reloaded")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(Log(customer, "Typed offline, then reloaded")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(customer.Locator(".pending-message")).ToHaveCountAsync(0);
        // Still exactly once after the last resend could have landed.
        await customer.WaitForTimeoutAsync(2000);
        await Expect(Log(agent, "Typed offline, then reloaded")).ToHaveCountAsync(1);
    });

    [Fact]
    public Task TheSwedishPageSaysInSwedishThatItIsReconnecting() => RunAsync(async () =>
    {
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support-sv");
        await WaitUntilInteractiveAsync(customer);
        var banner = customer.GetByText("Anslutningen bröts – återansluter…");
        await Expect(banner).ToBeHiddenAsync();

        await customer.Context.SetOfflineAsync(true);

        await Expect(banner).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Expect(customer.Locator("#components-reconnect-modal")).ToHaveCountAsync(0);
        await customer.Context.SetOfflineAsync(false);
        await Expect(banner).ToBeHiddenAsync(new() { Timeout = 30_000 });
    });
}
