using ChatDesk.EndToEnd.Harness;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>axe-core on every customer state: pre-chat form, FAQ list, queue, chat, end form, closed and ticket.</summary>
public sealed class CustomerAccessibilityTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task EveryStepOfTheJourneyHasNoSeriousViolations() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", true);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await Expect(customer.GetByLabel("Name")).ToBeVisibleAsync();
        await Textbox(customer, "Your question").FocusAsync();
        await Textbox(customer, "Your question").PressAsync("Enter");
        await Expect(customer.Locator("#name-error")).Not.ToBeEmptyAsync();
        await AssertNoSeriousViolationsAsync(customer, "pre-chat form with errors");

        await FillPreChatAsync(customer, "Axe Customer", "axe@" + DnsTestServer.MxDomain, "How do I reset my password?");
        await Expect(customer.Locator(".faq-list")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "FAQ suggestions");

        await customer.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "queue");

        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Axe Customer" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "chat");
        await AssertNoSeriousViolationsAsync(agent, "agent conversation");

        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "End chat" }).ClickAsync();
        await Expect(customer.GetByText("The agent ended the chat.")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "end form");
    });

    [Fact]
    public Task TheClosedWindowAndTheTicketConfirmationHaveNoSeriousViolations() => RunAsync(async () =>
    {
        Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        Fixture.App.SetHours("support-sv", """{"timeZoneId":"Europe/Stockholm","alwaysOpen":false,"days":[{"day":1,"open":"08:00:00","close":"08:00:01"}],"holidays":[]}""");
        var customer = await OpenAsync("kund");
        await customer.GotoAsync("/chat/support-sv");
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Tyvärr, vi har stängt" })).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "closed");

        await customer.GetByLabel("Namn").FillAsync("Axel Axe");
        await customer.GetByLabel("E-post").FillAsync("axel@" + DnsTestServer.MxDomain);
        await customer.GetByLabel("Din fråga").FillAsync("Hej!");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Skicka ärende" }).ClickAsync();
        await Expect(customer.Locator(".ticket-confirmation")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "ticket confirmation");
        Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
    });
}
