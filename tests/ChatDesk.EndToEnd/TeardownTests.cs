using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Closing tabs tears circuits down mid-work: nothing of that may reach the log as a warning or error.</summary>
public sealed partial class TeardownTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task ClosingTwentyTabsLeavesNoErrorOrWarningInTheLog() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var logStart = Fixture.App.ReadLog().Length;
        var pages = new List<IPage>();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        pages.Add(agent);
        for (var i = 1; i <= 12; i++)
        {
            var customer = await OpenAsync($"customer{i}");
            await customer.GotoAsync("/chat/support");
            await FillPreChatAsync(customer, $"Teardown Customer {i}", "customer@" + DnsTestServer.MxDomain, $"Question {i}");
            pages.Add(customer);
        }
        // Some chats active (the agent's capacity allows a few), the rest queued.
        for (var i = 1; i <= 3; i++)
        {
            var accept = agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from Teardown Customer {i}", Exact = true });
            await accept.ClickAsync();
            // The queue re-renders as the chat leaves it: wait, so the next click does not land on a shifted row.
            await Expect(accept).ToHaveCountAsync(0);
        }
        await Expect(agent.GetByRole(AriaRole.List, new() { Name = "My chats" }).Locator("li")).ToHaveCountAsync(3);
        for (var i = 1; pages.Count < 20; i++)
        {
            var workspace = await SignInAsync($"workspace{i}", i % 2 == 0 ? "agent1" : "agent2");
            await Expect(workspace.GetByTestId("presence")).ToHaveTextAsync("Present");
            pages.Add(workspace);
        }

        foreach (var page in pages) await page.CloseAsync();
        await Task.Delay(5_000);

        var log = Fixture.App.ReadLog()[logStart..];
        var problems = ProblemLine().Matches(log).Select(m => m.Value).ToList();
        Assert.True(problems.Count == 0, "The log has warnings or errors after closing tabs:\n" + string.Join("\n", problems) + "\n---\n" + log);
    });

    [GeneratedRegex(@"^\s*(fail|warn|crit): .*$", RegexOptions.Multiline)]
    private static partial Regex ProblemLine();
}
