using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Erik (supervisor: "can listen in" and manager on both demo channels, no Agent role) listens in on
/// Anna's chat, takes it over, and moves chats to Oskar.</summary>
public sealed class ListenInTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Erik signed in, with the chat with <paramref name="customerName"/> opened from the list of ongoing chats.</summary>
    private async Task<IPage> ListenInAsync(string customerName, bool checkAccessibility = false)
    {
        var supervisor = await SignInAsync("supervisor", "supervisor");
        await Expect(supervisor).ToHaveURLAsync(new Regex("/supervisor$"));
        await supervisor.GotoAsync("/supervisor/chats");
        await WaitUntilInteractiveAsync(supervisor);
        var link = supervisor.GetByRole(AriaRole.Link, new() { Name = $"Listen in on the chat with {customerName}" });
        await Expect(link).ToBeVisibleAsync();
        if (checkAccessibility) await AssertNoSeriousViolationsAsync(supervisor, "ongoing chats");
        await link.ClickAsync();
        await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = $"Chat with {customerName}", Level = 1 })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(supervisor);
        return supervisor;
    }

    private static async Task SendAsync(IPage page, string box, string text)
    {
        await Textbox(page, box).FillAsync(text);
        await Textbox(page, box).PressAsync("Enter");
    }

    [Fact]
    public Task AManagerListensInUnnoticedThenTakesOverAndTheCustomerKeepsChatting() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Listened Customer", "My parcel is late");
        var supervisor = await ListenInAsync("Listened Customer", checkAccessibility: true);
        var log = supervisor.GetByRole(AriaRole.Log);
        await Expect(log).ToContainTextAsync("My parcel is late");

        await SendAsync(customer, "Message", "Is anyone there?");
        await Expect(log).ToContainTextAsync("Is anyone there?");
        await SendAsync(agent, "Reply", "Yes, Anna here.");
        await Expect(log).ToContainTextAsync("Yes, Anna here.");

        // Read-only: nothing to write in, and the agent sees no trace of the listener.
        await Expect(supervisor.GetByRole(AriaRole.Textbox, new() { Name = "Reply" })).ToHaveCountAsync(0);
        await Expect(supervisor.GetByRole(AriaRole.Textbox, new() { Name = "Message" })).ToHaveCountAsync(0);
        await Expect(supervisor.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Yes, Anna here.");
        await Expect(agent.Locator("main")).Not.ToContainTextAsync(new Regex("listen|Erik|Sandberg|supervis", RegexOptions.IgnoreCase));
        await Expect(customer.GetByRole(AriaRole.Log)).Not.ToContainTextAsync(new Regex("listen|Erik", RegexOptions.IgnoreCase));
        await AssertNoSeriousViolationsAsync(supervisor, "listening in");

        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Take over" }).ClickAsync();

        await Expect(supervisor.GetByRole(AriaRole.Status).Filter(new() { HasText = "You took over the chat." })).ToBeVisibleAsync();
        await Expect(customer.GetByText("You are chatting with Erik")).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Erik Sandberg took over the chat from Anna Svensson");
        await Expect(agent.GetByRole(AriaRole.Textbox, new() { Name = "Reply", Exact = true })).Not.ToBeVisibleAsync();
        await SendAsync(customer, "Message", "Hello Erik, still waiting for the parcel.");
        await Expect(log).ToContainTextAsync("Hello Erik, still waiting for the parcel.");
        await SendAsync(supervisor, "Reply", "I have asked the carrier to call you today.");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("I have asked the carrier to call you today.");
        await AssertNoSeriousViolationsAsync(supervisor, "after taking over");

        await supervisor.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await Expect(supervisor.GetByText("This chat has ended.")).ToBeVisibleAsync();
        await Expect(supervisor.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
    });

    [Fact]
    public Task AManagerTransfersAChatStraightToAnotherAgentsWorkspace() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Moved Customer");
        var oskar = await OpenWorkspaceAsync("oskar", "agent2");
        var supervisor = await ListenInAsync("Moved Customer");

        await supervisor.GetByLabel("Transfer to").SelectOptionAsync(new SelectOptionValue { Label = "Oskar Berg" });
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Transfer", Exact = true }).ClickAsync();

        await Expect(supervisor.GetByRole(AriaRole.Status).Filter(new() { HasText = "The chat was moved to Oskar Berg." })).ToBeVisibleAsync();
        var oskarsChats = oskar.GetByRole(AriaRole.List, new() { Name = "My chats" });
        await Expect(oskarsChats).ToContainTextAsync("Moved Customer");
        await Expect(customer.GetByText("You are chatting with Oskar")).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Erik Sandberg transferred the chat from Anna Svensson to Oskar Berg");
        await oskarsChats.GetByRole(AriaRole.Button).Filter(new() { HasText = "Moved Customer" }).ClickAsync();
        await SendAsync(oskar, "Reply", "Oskar here, I will take it from now.");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Oskar here, I will take it from now.");
        await Expect(supervisor.GetByRole(AriaRole.Log)).ToContainTextAsync("Oskar here, I will take it from now.");
    });

    [Fact]
    public Task AnAgentIsRefusedTheListenInPages() => RunAsync(async () =>
    {
        var (agent, _) = await ActiveChatAsync("Private Customer");
        var chat = Fixture.App.Scalar("SELECT Id FROM Sessions WHERE Status = 'Active' ORDER BY Id DESC LIMIT 1");

        foreach (var path in new[] { $"/supervisor/chats/{chat}", "/supervisor/chats" })
        {
            await agent.GotoAsync(path);

            await Expect(agent).ToHaveURLAsync(new Regex("/account/access-denied"));
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
            await Expect(agent.Locator("body")).Not.ToContainTextAsync("Private Customer");
        }
    });
}
