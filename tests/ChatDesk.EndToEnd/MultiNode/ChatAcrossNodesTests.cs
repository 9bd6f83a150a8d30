using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd.MultiNode;

/// <summary>A customer and an agent on different nodes, and two agents on different nodes reaching for one chat.</summary>
public sealed class ChatAcrossNodesTests(ClusterFixture fixture) : MultiNodeTest(fixture)
{
    [Fact]
    public Task ACustomerOnNodeAAndAnAgentOnNodeBChatBothWaysWithTypingAndEveryMessageOnceInOrder() => RunAsync(async () =>
    {
        var (agent, customer) = await ChatAsync(NodeB, NodeA.BaseUrl, "Across Customer");

        await Textbox(customer, "Message").PressSequentiallyAsync("I am wri");
        await Expect(agent.GetByText("Across Customer is typing…")).ToBeVisibleAsync();
        await Textbox(agent, "Reply").PressSequentiallyAsync("Let me che");
        await Expect(customer.GetByText("Anna is typing…")).ToBeVisibleAsync();
        await Textbox(agent, "Reply").FillAsync("");
        await Textbox(customer, "Message").FillAsync("");

        string[] expected = ["x-1 customer", "x-2 customer", "x-3 agent", "x-4 customer", "x-5 agent", "x-6 agent"];
        foreach (var message in expected)
        {
            var fromAgent = message.EndsWith("agent", StringComparison.Ordinal);
            await SendAsync(fromAgent ? agent : customer, fromAgent ? "Reply" : "Message", message);
            // As people chat: each message has reached the other side before the next is written, so the order
            // the pages must show is the order sent (two nodes store two senders' messages in their own time).
            await Expect((fromAgent ? customer : agent).GetByRole(AriaRole.Log)).ToContainTextAsync(message);
        }

        foreach (var page in new[] { customer, agent })
        {
            await ExpectShownOnceInOrderAsync(page, expected);
            await Expect(page.GetByText(new Regex("is typing…$"))).ToHaveCountAsync(0);
        }
    });

    [Fact]
    public Task TwoAgentsOnDifferentNodesAcceptingTheSameChatAtOnceGiveOneWinner() => RunAsync(async () =>
    {
        Cluster.Database.ClearQueues();
        Cluster.Database.SetFaqSuggestions("support", false);
        var anna = await WorkspaceOnAsync("anna", NodeA, "agent1");
        var oskar = await WorkspaceOnAsync("oskar", NodeB, "agent2");
        var customers = new List<IPage>();
        for (var round = 1; round <= 3; round++)
        {
            var name = $"Race Customer {round}";
            var customer = await AskAsync(round % 2 == 0 ? NodeB.BaseUrl : NodeA.BaseUrl, name);
            customers.Add(customer);
            var accept = new PageGetByRoleOptions { Name = $"Accept chat from {name}" };
            await Expect(anna.GetByRole(AriaRole.Button, accept)).ToBeVisibleAsync();
            await Expect(oskar.GetByRole(AriaRole.Button, accept)).ToBeVisibleAsync();
            var buttons = new[] { await anna.GetByRole(AriaRole.Button, accept).ElementHandleAsync(), await oskar.GetByRole(AriaRole.Button, accept).ElementHandleAsync() };

            // Both clicks leave the test together; a button already gone from its page clicks nothing.
            await Task.WhenAll(buttons.Select(b => b.EvaluateAsync("b => b.click()")));

            await Expect(customer.GetByText(new Regex("^You are chatting with (Anna|Oskar)"))).ToBeVisibleAsync();
            var winner = (await customer.GetByText(new Regex("^You are chatting with (Anna|Oskar)")).InnerTextAsync()).Contains("Anna") ? anna : oskar;
            var loser = winner == anna ? oskar : anna;
            var heading = new PageGetByRoleOptions { Name = $"Chat with {name}" };
            await Expect(winner.GetByRole(AriaRole.Heading, heading)).ToBeVisibleAsync();
            await Expect(loser.GetByRole(AriaRole.Button, accept)).ToHaveCountAsync(0);
            await loser.WaitForTimeoutAsync(1_000);
            await Expect(loser.GetByRole(AriaRole.Heading, heading)).ToHaveCountAsync(0);
            Assert.Equal("1", Cluster.Database.Scalar(
                $"""SELECT COUNT(*) FROM "Sessions" WHERE "Customer_Name" = '{name}' AND "Status" = 'Active'"""));
            // Room at both agents for the next round.
            Cluster.Database.ClearQueues();
        }
    });

    /// <summary>Each message once in the log, and in the order sent.</summary>
    private static async Task ExpectShownOnceInOrderAsync(IPage page, string[] expected)
    {
        await Expect(page.GetByRole(AriaRole.Log).Locator("li", new() { HasText = expected[^1] })).ToHaveCountAsync(1);
        await page.WaitForTimeoutAsync(1_000);
        var shown = await LoggedAsync(page, "x-");
        Assert.Equal(expected, shown.Select(text => expected.Single(m => text.Contains(m, StringComparison.Ordinal))).ToArray());
    }
}
