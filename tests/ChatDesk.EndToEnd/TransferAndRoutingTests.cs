using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class TransferAndRoutingTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private async Task<(IPage Anna, IPage Oskar, IPage Customer)> AnnasChatAsync(string customerName)
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var anna = await OpenWorkspaceAsync("anna", "agent1");
        var oskar = await OpenWorkspaceAsync("oskar", "agent2");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, customerName, "transfer@" + DnsTestServer.MxDomain, "Please transfer me");
        await anna.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {customerName}" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await anna.GetByRole(AriaRole.Menuitem, new() { Name = "Transfer" }).ClickAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Offer transfer" }).ClickAsync();
        await Expect(anna.GetByText(new Regex("Waiting for .* to accept the transfer"))).ToBeVisibleAsync();
        return (anna, oskar, customer);
    }

    [Fact]
    public Task AnAcceptedTransferMovesTheChatAndLeavesTheSenderAReadOnlyView() => RunAsync(async () =>
    {
        var (anna, oskar, customer) = await AnnasChatAsync("Transferred Customer");

        await oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Transferred Customer" }).ClickAsync();

        await Expect(oskar.GetByRole(AriaRole.Heading, new() { Name = "Chat with Transferred Customer" })).ToBeVisibleAsync();
        await Expect(customer.GetByText("You are chatting with Oskar")).ToBeVisibleAsync();
        await Expect(anna.GetByText("This chat has moved to another agent. It stays here, read-only, until you close it.")).ToBeVisibleAsync();
        await Expect(anna.GetByRole(AriaRole.Textbox, new() { Name = "Reply", Exact = true })).Not.ToBeVisibleAsync();
        await Textbox(customer, "Message").FillAsync("Hi Oskar");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(oskar.GetByRole(AriaRole.Log)).ToContainTextAsync("Hi Oskar");
        await Expect(anna.GetByRole(AriaRole.Log)).ToContainTextAsync("Hi Oskar");

        await anna.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await anna.GetByRole(AriaRole.Menuitem, new() { Name = "Close window" }).ClickAsync();
        await Expect(anna.GetByText("Accept a chat from the queue to start.")).ToBeVisibleAsync();
    });

    [Fact]
    public Task ARejectedTransferStaysWithTheSender() => RunAsync(async () =>
    {
        var (anna, oskar, customer) = await AnnasChatAsync("Rejected Customer");

        await oskar.GetByRole(AriaRole.Button, new() { Name = "Reject transfer of Rejected Customer" }).ClickAsync();

        await Expect(anna.GetByText(new Regex("Waiting for .* to accept the transfer"))).Not.ToBeVisibleAsync();
        // The sender is told who declined, not left wondering why the waiting line went away.
        var notice = anna.GetByTestId("transfer-notice");
        await Expect(notice).ToHaveTextAsync(new Regex(@"Oskar \w+ declined the transfer\. The chat stays with you\."));
        await AssertNoSeriousViolationsAsync(anna, "transfer declined");
        await anna.ReloadAsync();
        await Expect(anna.GetByTestId("transfer-notice")).ToContainTextAsync("declined the transfer"); // stored, not only shown
        await Textbox(anna, "Reply").FillAsync("Still me");
        await Textbox(anna, "Reply").PressAsync("Enter");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Still me");
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
    });

    [Fact]
    public Task ACancelledTransferStaysWithTheSenderAndDisappearsForTheReceiver() => RunAsync(async () =>
    {
        var (anna, oskar, _) = await AnnasChatAsync("Cancelled Customer");
        await Expect(oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Cancelled Customer" })).ToBeVisibleAsync();

        await anna.GetByRole(AriaRole.Button, new() { Name = "Cancel transfer" }).ClickAsync();

        await Expect(oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Cancelled Customer" })).Not.ToBeVisibleAsync();
        await Expect(anna.GetByText("Transfer cancelled; the chat stays with you.")).ToBeVisibleAsync();
        await Expect(Textbox(anna, "Reply")).ToBeVisibleAsync();
    });

    [Fact]
    public Task AutomaticAssignmentSpreadsChatsByLoad() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        await Task.Delay(3000); // earlier tests' agents leave (2 s grace here)
        Fixture.App.Sql("UPDATE Channels SET Routing = 1 WHERE Slug = 'support'");
        try
        {
            var anna = await OpenWorkspaceAsync("anna", "agent1");
            var oskar = await OpenWorkspaceAsync("oskar", "agent2");
            for (var i = 1; i <= 4; i++)
            {
                var customer = await OpenAsync($"customer{i}");
                await customer.GotoAsync("/chat/support");
                await FillPreChatAsync(customer, $"Routed {i}", $"routed{i}@{DnsTestServer.MxDomain}", "Route me");
                await Expect(customer.GetByText(new Regex("You are chatting with (Anna|Oskar)"))).ToBeVisibleAsync();
            }

            await Expect(anna.GetByTestId("capacity")).ToHaveTextAsync("2 of 3 chats");
            await Expect(oskar.GetByTestId("capacity")).ToHaveTextAsync("2 of 3 chats");
            await Expect(anna.GetByTestId("queue-count")).ToHaveTextAsync("0");
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET Routing = 0 WHERE Slug = 'support'");
        }
    });
}
