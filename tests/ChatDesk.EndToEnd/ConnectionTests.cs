using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class ConnectionTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task WhenTheCustomerClosesTheWindowTheAgentSeesThemLeaveWithinHalfAMinute() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        var (agent, customer) = await ActiveChatAsync("Leaving Customer");

        await customer.CloseAsync();

        await Expect(agent.GetByText("The customer left the chat.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    });

    [Fact]
    public Task AMessageTypedWhileOfflineIsSentOnceWhenTheConnectionReturns() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        var (agent, customer) = await ActiveChatAsync("Offline Customer");

        await customer.Context.SetOfflineAsync(true);
        await Textbox(customer, "Message").FillAsync("Typed while offline");
        await Textbox(customer, "Message").PressAsync("Enter");
        await customer.WaitForTimeoutAsync(1500);
        await customer.Context.SetOfflineAsync(false);

        var agentLog = agent.GetByRole(AriaRole.Log);
        await Expect(agentLog.Locator("li", new() { HasText = "Typed while offline" })).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Textbox(agent, "Reply").FillAsync("Got it");
        await Textbox(agent, "Reply").PressAsync("Enter");
        var customerLog = customer.GetByRole(AriaRole.Log);
        await Expect(customerLog.Locator("li", new() { HasText = "Got it" })).ToHaveCountAsync(1);
        await Expect(customerLog.Locator("li", new() { HasText = "Typed while offline" })).ToHaveCountAsync(1);
        await Expect(agentLog.Locator("li", new() { HasText = "Typed while offline" })).ToHaveCountAsync(1);
    });

    [Fact]
    public Task AnAgentWhoReloadsFindsTheChatWithItsWholeHistoryOnce() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Agent Reload Customer");
        await Textbox(agent, "Reply").FillAsync("Before my reload");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Before my reload");

        await agent.ReloadAsync();

        var log = agent.GetByRole(AriaRole.Log);
        await Expect(log.Locator("li", new() { HasText = "Before my reload" })).ToHaveCountAsync(1);
        await Expect(log.Locator("li", new() { HasText = "Hello" })).ToHaveCountAsync(1);
        await Textbox(customer, "Message").FillAsync("After the agent's reload");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(log.Locator("li", new() { HasText = "After the agent's reload" })).ToHaveCountAsync(1);
    });

    [Fact]
    public Task TheNewestMessageScrollsIntoViewOnBothSides() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Scrolling Customer");
        await customer.SetViewportSizeAsync(480, 600);

        for (var i = 1; i <= 15; i++)
        {
            await Textbox(agent, "Reply").FillAsync($"Line {i} of a long explanation");
            await Textbox(agent, "Reply").PressAsync("Enter");
        }

        var last = customer.GetByRole(AriaRole.Log).Locator("li", new() { HasText = "Line 15 of" });
        await Expect(last).ToBeInViewportAsync();
        await Expect(customer.GetByRole(AriaRole.Log).Locator("li", new() { HasText = "Line 1 of" })).Not.ToBeInViewportAsync();
        await Expect(agent.GetByRole(AriaRole.Log).Locator("li", new() { HasText = "Line 15 of" })).ToBeInViewportAsync();
    });
}
