using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>A dropped connection is not leaving (issue 9): the chat waits Chat:DropGraceSeconds (120 s in this app)
/// for the customer, then ends as "connection lost", which both sides see.</summary>
public sealed class ConnectionLossTests(ResilienceFixture fixture) : ResilienceTest(fixture)
{
    [Fact]
    public Task ACustomerOfflineFor90SecondsKeepsTheChatAndOneOfflinePastTheGraceLosesIt() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var gone = await StartChatAsync(agent, "Gone Customer");
        var staying = await StartChatAsync(agent, "Staying Customer");

        await gone.Context.SetOfflineAsync(true);
        await staying.Context.SetOfflineAsync(true);
        var offlineSince = DateTime.UtcNow;
        // The agent's view switches to the chat accepted last: type only once it shows that chat, or the text goes
        // into the previous chat's box as it is replaced.
        await Expect(agent.GetByText("Chat with Staying Customer")).ToBeVisibleAsync();
        await Textbox(agent, "Reply").FillAsync("Sent while you were away");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await ExpectOnceAsync(agent, "Sent while you were away");
        await staying.WaitForTimeoutAsync((float)(90_000 - (DateTime.UtcNow - offlineSince).TotalMilliseconds));
        await staying.Context.SetOfflineAsync(false);

        await ExpectOnceAsync(staying, "Sent while you were away", 45_000);
        await Expect(staying.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await Textbox(staying, "Message").FillAsync("I am back");
        await Textbox(staying, "Message").PressAsync("Enter");
        await ExpectOnceAsync(agent, "I am back");

        await OpenChatAsync(agent, "Gone Customer");
        await Expect(agent.GetByText("The customer's connection was lost.")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await gone.Context.SetOfflineAsync(false);
        await Expect(gone.GetByText("The chat ended because the connection was lost.")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    });

    [Fact]
    public Task ADisabledAgentsChatGoesBackToTheQueueAndAnotherAgentAnswersIt() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var anna = await OpenWorkspaceAsync("anna", "agent1");
        var oskar = await OpenWorkspaceAsync("oskar", "agent2");
        var customer = await StartChatAsync(anna, "Orphaned Customer");
        try
        {
            var admin = await SignInAsync("admin", "admin");
            await admin.GotoAsync("/admin/staff");
            await WaitUntilInteractiveAsync(admin);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Disable agent1" }).ClickAsync();
            await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Disable user" }).ClickAsync();

            await Expect(customer.GetByText("You are chatting with Anna")).Not.ToBeVisibleAsync(new() { Timeout = 15_000 });
            var accept = oskar.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Orphaned Customer" });
            await Expect(accept).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await accept.ClickAsync();
            await Expect(customer.GetByText("You are chatting with Oskar")).ToBeVisibleAsync();
            await Textbox(customer, "Message").FillAsync("Thanks for taking over");
            await Textbox(customer, "Message").PressAsync("Enter");
            await ExpectOnceAsync(oskar, "Thanks for taking over");
            await ExpectOnceAsync(oskar, "Please help");
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET Disabled = 0 WHERE UserName = 'agent1'");
        }
    });

    private async Task<IPage> StartChatAsync(IPage agent, string name)
    {
        var customer = await OpenAsync(name);
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, name, "lost@" + DnsTestServer.MxDomain, "Please help");
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {name}" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await Expect(Textbox(customer, "Message")).ToBeVisibleAsync();
        return customer;
    }
}
