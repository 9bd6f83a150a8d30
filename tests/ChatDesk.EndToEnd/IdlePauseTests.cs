using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>A customer page left at its pre-chat form gives up its circuit (issue 12: an idle page costs the server
/// nothing) and comes back at the customer's first move, with the chat starting as on any page.</summary>
[Collection(IdlePauseCollection.Name)]
public sealed class IdlePauseTests(IdlePauseFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public Task AnIdlePreChatPagePausesSilentlyAndTheCustomersFirstMoveBringsItBack() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetHours("support", AppServer.AlwaysOpen);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await WaitUntilInteractiveAsync(customer);

        await Expect(customer.Locator("html[data-circuit=paused]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        // Nothing tells the customer about it: the reconnect notice stays hidden and the form stays on screen.
        await Expect(customer.Locator(".reconnect-text")).ToBeHiddenAsync();
        await Expect(customer.GetByLabel("Name")).ToBeVisibleAsync();
        Assert.Contains("Pausing circuit", Fixture.App.ReadLog());

        // Typing straight away: the keys that wake the page land in the form it shows until the resumed one replaces
        // it, and are carried over (to the server too: the agent sees the name).
        await customer.GetByLabel("Name").PressSequentiallyAsync("Idle Ida");
        await Expect(customer.Locator("html[data-circuit=live]")).ToHaveCountAsync(1);
        await Expect(customer.GetByLabel("Name")).ToHaveValueAsync("Idle Ida");
        await Expect(customer.GetByLabel("Name")).ToBeFocusedAsync();
        await customer.GetByLabel("E-mail").FillAsync("ida@" + DnsTestServer.MxDomain);
        await Textbox(customer, "Your question").FillAsync("I was away for a while");
        await Textbox(customer, "Your question").PressAsync("Enter");

        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Idle Ida" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task AQueuedChatNeverPauses() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetHours("support", AppServer.AlwaysOpen);
        await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Waiting Wim", "wim@" + DnsTestServer.MxDomain, "Still there?");
        await Expect(customer.Locator(".queue-position")).ToBeVisibleAsync();

        await customer.WaitForTimeoutAsync((IdlePauseFixture.IdleSeconds + 3) * 1000);

        await Expect(customer.Locator("html[data-circuit=paused]")).ToHaveCountAsync(0);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Leave the queue" }).ClickAsync();
        await Expect(customer.Locator(".queue-position")).ToBeHiddenAsync();
    });
}
