using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class WorkspaceTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private void Prepare()
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetHours("support", AppServer.AlwaysOpen);
    }

    private async Task<IPage> QueueCustomerAsync(string name, string question = "Hello")
    {
        var customer = await OpenAsync(name);
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, name, name.Replace(" ", ".").ToLowerInvariant() + "@" + DnsTestServer.MxDomain, question);
        await Expect(customer.GetByText(new Regex("in the queue"))).ToBeVisibleAsync();
        return customer;
    }

    [Fact]
    public Task PresenceSwitchesTheChannelOpenAndClosedForAWatchingCustomer() => RunAsync(async () =>
    {
        Prepare();
        // Earlier tests' agents must be gone (their grace period is 2 s in these tests).
        await Task.Delay(3000);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await Expect(customer.GetByLabel("Your question")).ToBeVisibleAsync();

        await agent.GetByLabel("Present").UncheckAsync();
        await Expect(agent.GetByTestId("presence")).ToHaveTextAsync("Away");
        // Inside opening hours (the channel is always open) with nobody present: not "closed", but nobody available.
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "No one is available to chat right now" })).ToBeVisibleAsync();
        await Expect(customer.GetByText("We're closed right now")).Not.ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(customer, "no one available");

        await agent.GetByLabel("Present").CheckAsync();
        await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Start chat" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task AnAgentWhoChoosesSwedishGetsTheWorkspaceAndTaskMenuInSwedish() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent2");
        try
        {
            await agent.GetByLabel("Language").SelectOptionAsync("sv");
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Handläggarens arbetsyta" })).ToBeVisibleAsync();
            await Expect(agent.Locator("html")).ToHaveAttributeAsync("lang", "sv");
            await QueueCustomerAsync("Svensk Kund");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Ta emot chatt från Svensk Kund" }).ClickAsync();

            await agent.GetByRole(AriaRole.Button, new() { Name = "Uppgiftsmeny" }).ClickAsync();
            await agent.GetByRole(AriaRole.Menuitem, new() { Name = "Avsluta chatt" }).ClickAsync();

            await Expect(agent.GetByText("Du avslutade chatten.")).ToBeVisibleAsync();
            await agent.ReloadAsync();
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Handläggarens arbetsyta" })).ToBeVisibleAsync();
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'en' WHERE UserName = 'agent2'");
        }
    });

    [Fact]
    public Task GetNextInQueueTakesTheOldestChat() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        await QueueCustomerAsync("Oldest Customer");
        await QueueCustomerAsync("Newer Customer");
        await Expect(agent.GetByTestId("queue-count")).ToHaveTextAsync("2");

        await agent.GetByRole(AriaRole.Button, new() { Name = "Get next in queue" }).ClickAsync();

        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Chat with Oldest Customer" })).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("queue-count")).ToHaveTextAsync("1");
    });

    [Fact]
    public Task AnAgentWithThreeChatsSwitchesBetweenThemWithUnreadCountsAndDraftsKeptAndIsRefusedAFourth() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent2");
        var customers = new List<IPage>();
        foreach (var name in new[] { "Cust One", "Cust Two", "Cust Three" })
        {
            customers.Add(await QueueCustomerAsync(name));
            await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {name}" }).ClickAsync();
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = $"Chat with {name}" })).ToBeVisibleAsync();
        }
        await Expect(agent.GetByTestId("capacity")).ToHaveTextAsync("3 of 3 chats");

        // A draft in chat three, then messages arrive in chat one.
        await Textbox(agent, "Reply").FillAsync("Half-written answer for three");
        await Textbox(customers[0], "Message").FillAsync("Are you there?");
        await Textbox(customers[0], "Message").PressAsync("Enter");
        await Textbox(customers[0], "Message").FillAsync("Hello again");
        await Textbox(customers[0], "Message").PressAsync("Enter");
        var myChats = agent.GetByRole(AriaRole.List, new() { Name = "My chats" });
        await Expect(myChats.GetByLabel("2 unread")).ToBeVisibleAsync();

        await myChats.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Cust One") }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Hello again");
        await Expect(myChats.GetByLabel("2 unread")).Not.ToBeVisibleAsync();

        await myChats.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Cust Three") }).ClickAsync();
        await Expect(Textbox(agent, "Reply")).ToHaveValueAsync("Half-written answer for three");

        await QueueCustomerAsync("Cust Four");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Cust Four" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Alert)).ToContainTextAsync("You already have 3 chats, your capacity.");
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Cust Four" })).ToBeVisibleAsync();

        // An unread message in a chat in the background survives a reload of the workspace.
        await Textbox(customers[1], "Message").FillAsync("Unread before the reload");
        await Textbox(customers[1], "Message").PressAsync("Enter");
        await Expect(myChats.GetByLabel("1 unread")).ToBeVisibleAsync();
        await agent.ReloadAsync();
        await Expect(myChats.GetByRole(AriaRole.Button)).ToHaveCountAsync(3);
        await Expect(myChats.GetByLabel("1 unread")).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Chat with Cust Three" })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Log).Locator("li", new() { HasText = "Hello" })).ToHaveCountAsync(1);
    });

    [Fact]
    public Task AnAgentCannotOpenAnotherAgentsChatByItsAddress() => RunAsync(async () =>
    {
        Prepare();
        var owner = await OpenWorkspaceAsync("owner", "agent1");
        await QueueCustomerAsync("Private Customer", "Private matter 4242");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Private Customer" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex(@"/agent\?chat=\d+$"));
        var address = new Uri(owner.Url).PathAndQuery;

        var other = await OpenWorkspaceAsync("other", "agent2");
        await other.GotoAsync(address);

        await Expect(other.GetByTestId("presence")).ToHaveTextAsync("Present");
        await Expect(other.GetByText("Private matter 4242")).Not.ToBeVisibleAsync();
        await Expect(other.GetByRole(AriaRole.Textbox, new() { Name = "Reply", Exact = true })).Not.ToBeVisibleAsync();

        // Hand-edited addresses open the pages, never an error page.
        await other.GotoAsync("/agent?chat=not-a-number");
        await Expect(other.GetByTestId("presence")).ToHaveTextAsync("Present");
        await other.GotoAsync("/agent/tickets?channel=abc&status=whatever");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    });
}
