using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Nothing lost across a crash or a restart of the app (issue 9): the app is really killed or stopped and
/// started again on the same port and database; nobody reloads a page by hand.</summary>
public sealed class ResilienceTests(ResilienceFixture fixture) : ResilienceTest(fixture)
{
    [Fact]
    public Task MessagesSentWhileTheAppIsKilledArriveOnceOnBothSidesAfterItRestarts() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Crash Customer");

        await Fixture.App.StopAsync(graceful: false);
        await Textbox(customer, "Message").FillAsync("Customer typed during the crash");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Textbox(agent, "Reply").FillAsync("Agent typed during the crash");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await customer.WaitForTimeoutAsync(2_000);
        await Fixture.App.RestartAsync();

        foreach (var page in new[] { customer, agent })
        {
            await ExpectOnceAsync(page, "Customer typed during the crash");
            await ExpectOnceAsync(page, "Agent typed during the crash");
        }
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
    });

    [Fact]
    public Task APendingTransferSurvivesAGracefulRestartAndCanBeAccepted() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var anna = await OpenWorkspaceAsync("anna", "agent1");
        var oskar = await OpenWorkspaceAsync("oskar", "agent2");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Restart Transfer", "restart@" + DnsTestServer.MxDomain, "Please transfer me");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Restart Transfer" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await anna.GetByRole(AriaRole.Menuitem, new() { Name = "Transfer" }).ClickAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Offer transfer" }).ClickAsync();
        await Expect(oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Restart Transfer" })).ToBeVisibleAsync();

        await MarkAsync(anna, oskar, customer);
        await Fixture.App.StopAsync(graceful: true);
        await Fixture.App.RestartAsync();

        foreach (var page in new[] { anna, oskar, customer }) await WaitForReloadAsync(page);
        await Expect(anna.GetByText(new Regex("Waiting for .* to accept the transfer"))).ToBeVisibleAsync();
        var accept = oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Restart Transfer" });
        await Expect(accept).ToBeVisibleAsync();
        await accept.ClickAsync();
        await Expect(customer.GetByText("You are chatting with Oskar")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Textbox(customer, "Message").FillAsync("Hello after the restart");
        await Textbox(customer, "Message").PressAsync("Enter");
        await ExpectOnceAsync(oskar, "Hello after the restart");
    });

    [Fact]
    public Task ATranscriptRequestedDuringAnSmtpOutageAcrossReloadsAndARestartArrivesOnce() => RunAsync(async () =>
    {
        var email = $"once-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Once Tester", email, "Send me the log once");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Once Tester" }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "End chat" }).ClickAsync();
        await Fixture.Smtp.StopAsync();
        try
        {
            await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();
            await Expect(customer.GetByText("We could not send the chat log yet. We will keep trying.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            for (var reload = 0; reload < 2; reload++)
            {
                await customer.ReloadAsync();
                await WaitUntilInteractiveAsync(customer);
                // The request is remembered: it cannot be sent a second time, and its progress is shown.
                await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" })).ToBeDisabledAsync();
                await Expect(customer.GetByText("We could not send the chat log yet. We will keep trying.")).ToBeVisibleAsync();
            }
            await Fixture.App.StopAsync(graceful: true);
            await Fixture.App.RestartAsync();
        }
        finally
        {
            await Fixture.Smtp.StartAsync();
        }

        await Expect(customer.GetByText(new Regex($"The chat log was sent to {Regex.Escape(email)}"))).ToBeVisibleAsync(new() { Timeout = 150_000 });
        await customer.WaitForTimeoutAsync(5_000);
        Assert.Single(Fixture.Smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == email));
    });
}
