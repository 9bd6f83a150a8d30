using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class SupervisorTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheWaitingCountAndLongestWaitChangeLiveAsACustomerJoinsAndAnAgentAccepts() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        // Admin may open the supervisor area (the supervisor account is locked by the lockout test).
        var watcher = await SignInAsync("watcher", "admin");
        await watcher.GotoAsync("/supervisor");
        await WaitUntilInteractiveAsync(watcher);
        await Expect(watcher.GetByTestId("waiting-count")).ToHaveTextAsync("0");
        await Expect(watcher.GetByTestId("longest-wait")).ToHaveTextAsync("–");
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        await Expect(watcher.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Anna Svensson Present") })).ToBeVisibleAsync();

        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Watched Customer", "watched@" + DnsTestServer.MxDomain, "Hello");

        await Expect(watcher.GetByTestId("waiting-count")).ToHaveTextAsync("1");
        await Expect(watcher.GetByTestId("longest-wait")).ToHaveTextAsync(new Regex(@"^[1-9]\d* s$"));
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Watched Customer" }).ClickAsync();

        await Expect(watcher.GetByTestId("waiting-count")).ToHaveTextAsync("0");
        await Expect(watcher.GetByTestId("active-count")).ToHaveTextAsync("1");
        await Expect(watcher.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(@"Anna Svensson Present 1 . 3") })).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(watcher);
    });

    [Fact]
    public Task TodaysFiguresCountAChatAsACustomerJoinsAndAnAgentAccepts() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var watcher = await SignInAsync("watcher", "admin");
        await watcher.GotoAsync("/supervisor");
        await WaitUntilInteractiveAsync(watcher);
        // Today is the browser's day: wait until the page counts in the browser's zone before reading the figures.
        await Expect(watcher.GetByText(new Regex("A chat counts on the day and hour its customer asked, in Europe/Stockholm"))).ToBeVisibleAsync();
        await Expect(watcher.GetByText("Chats requested", new() { Exact = true })).ToBeVisibleAsync();
        var requested = int.Parse(await watcher.GetByTestId("fig-requested").InnerTextAsync());
        var answered = int.Parse(await watcher.GetByTestId("fig-answered").InnerTextAsync());
        var agent = await OpenWorkspaceAsync("agent", "agent1");

        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Counted Customer", "counted@" + DnsTestServer.MxDomain, "Hello");

        await Expect(watcher.GetByTestId("fig-requested")).ToHaveTextAsync((requested + 1).ToString());
        await Expect(watcher.GetByTestId("fig-answered")).ToHaveTextAsync(answered.ToString());
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Counted Customer" }).ClickAsync();

        await Expect(watcher.GetByTestId("fig-answered")).ToHaveTextAsync((answered + 1).ToString());
        await Expect(watcher.GetByTestId("fig-average-wait")).ToHaveTextAsync(new Regex(@"^\d+ (min \d+ )?s$"));
        await Expect(watcher.GetByRole(AriaRole.Table, new() { Name = "Chats per hour today" })).ToBeAttachedAsync();
        await Expect(watcher.GetByRole(AriaRole.Table, new() { Name = "Wait before answer today" })).ToBeAttachedAsync();
        await AssertNoSeriousViolationsAsync(watcher);
    });
}
