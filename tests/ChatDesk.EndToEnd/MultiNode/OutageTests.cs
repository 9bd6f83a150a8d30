using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd.MultiNode;

/// <summary>A node killed mid-chat, and Redis restarted mid-chat: the chat goes on with nothing lost or doubled.</summary>
public sealed class OutageTests(ClusterFixture fixture) : MultiNodeTest(fixture)
{
    [Fact]
    public Task KillingTheCustomersNodeSendsTheCustomerThroughTheProxyToTheOtherNodeWithTheChatIntact() => RunAsync(async () =>
    {
        // The customer comes through the proxy; the agent sits on the node the proxy does not send this machine to.
        var (doomed, surviving) = await Cluster.ProxiedNodeAsync();
        var (agent, customer) = await ChatAsync(surviving, Cluster.Proxy.BaseUrl, "Failover Customer");
        await SendAsync(customer, "Message", "f-1 before the crash");
        await SendAsync(agent, "Reply", "f-2 answer before the crash");
        await ResilienceTest.ExpectOnceAsync(customer, "f-2 answer before the crash");
        await ResilienceTest.MarkAsync(customer);

        // The browser hears at once that its node died and reconnects through the proxy to the other node, which
        // knows no such circuit, so the page reloads. Held here until f-3 is written and waiting in the browser, so
        // the test types into the old page, not into one that reloads between the typing and the ENTER.
        var typed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await customer.RouteAsync(new Regex("/_blazor/negotiate"), async route =>
        {
            await typed.Task;
            await route.ContinueAsync();
        });
        await doomed.StopAsync(graceful: false);
        await SendAsync(customer, "Message", "f-3 typed as the node died");
        await Expect(customer.Locator(".pending-message", new() { HasText = "f-3 typed as the node died" })).ToBeVisibleAsync();
        typed.SetResult();

        // The old circuit is gone with its node: the page reloads itself through the proxy, which now picks the other.
        await ResilienceTest.WaitForReloadAsync(customer);
        Assert.Equal(surviving.Port, await Cluster.Proxy.NodePortAsync());
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await SendAsync(customer, "Message", "f-4 after the failover");
        await SendAsync(agent, "Reply", "f-5 answer after the failover");

        foreach (var page in new[] { customer, agent })
            foreach (var text in new[] { "f-1 before the crash", "f-2 answer before the crash", "f-3 typed as the node died",
                         "f-4 after the failover", "f-5 answer after the failover" })
                await ResilienceTest.ExpectOnceAsync(page, text);
        await doomed.RestartAsync();
    });

    [Fact]
    public Task BothSidesKeepChattingWhenRedisIsRestartedMidChat() => RunAsync(async () =>
    {
        var (agent, customer) = await ChatAsync(NodeB, NodeA.BaseUrl, "Redis Customer");
        await SendAsync(customer, "Message", "r-1 before the outage");
        await ResilienceTest.ExpectOnceAsync(agent, "r-1 before the outage");

        await Cluster.Redis.KillAsync();
        try
        {
            // Each node keeps serving its own page; the other node hears of it once the bus is back.
            await SendAsync(customer, "Message", "r-2 during the outage");
            await SendAsync(agent, "Reply", "r-3 answer during the outage");
            await ResilienceTest.ExpectOnceAsync(customer, "r-2 during the outage");
        }
        finally
        {
            await Cluster.Redis.StartAsync();
        }

        await SendAsync(customer, "Message", "r-4 after the outage");
        await SendAsync(agent, "Reply", "r-5 answer after the outage");
        foreach (var page in new[] { customer, agent })
            foreach (var text in new[] { "r-1 before the outage", "r-2 during the outage", "r-3 answer during the outage",
                         "r-4 after the outage", "r-5 answer after the outage" })
                await ResilienceTest.ExpectOnceAsync(page, text);
    });
}
