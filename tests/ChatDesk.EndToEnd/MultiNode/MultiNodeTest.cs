using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd.MultiNode;

/// <summary>Base for the browser tests against two nodes: each person's browser is pinned to a node by opening that
/// node's own address (the proxy would send every loopback browser to the same node).</summary>
[Collection(ClusterCollection.Name)]
public abstract class MultiNodeTest(ClusterFixture fixture) : BrowserTestBase(fixture), IAsyncLifetime
{
    // Two nodes, PostgreSQL, Redis, nginx and the browsers share the machine: what a person sees may take longer to
    // arrive than on one node. Playwright's expectation timeout is global, so it goes back to its default after.
    private const float Slow = 20_000;
    protected ClusterFixture Cluster => fixture;
    protected AppServer NodeA => fixture.NodeA;
    protected AppServer NodeB => fixture.NodeB;

    /// <summary>A test that killed a node leaves it down if it fails before starting it again.</summary>
    public override async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Slow);
        await NodeA.EnsureRunningAsync();
        await NodeB.EnsureRunningAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Assertions.SetDefaultExpectTimeout(5_000);
    }

    protected async Task<IPage> OpenOnAsync(string name, string baseUrl, string path)
    {
        var page = await OpenAsync(name);
        page.Context.SetDefaultTimeout(Slow);
        await page.GotoAsync(baseUrl + path);
        return page;
    }

    protected async Task<IPage> SignInOnAsync(string name, AppServer node, string userName)
    {
        var page = await OpenOnAsync(name, node.BaseUrl, "/account/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    /// <summary>An agent's workspace on a node, connected, so the agent counts as present on every node.</summary>
    protected async Task<IPage> WorkspaceOnAsync(string name, AppServer node, string userName)
    {
        var agent = await SignInOnAsync(name, node, userName);
        await Expect(agent.GetByTestId("presence")).ToHaveTextAsync("Present");
        return agent;
    }

    /// <summary>A customer who asks on "support" through <paramref name="baseUrl"/> (a node or the proxy).</summary>
    protected async Task<IPage> AskAsync(string baseUrl, string customerName, string question = "Hello")
    {
        var customer = await OpenOnAsync("customer", baseUrl, "/chat/support");
        await FillPreChatAsync(customer, customerName, "multinode@" + DnsTestServer.MxDomain, question);
        return customer;
    }

    /// <summary>Anna (agent1) on <paramref name="agentNode"/> accepts a customer who asks through
    /// <paramref name="customerUrl"/>; both message boxes ready.</summary>
    protected async Task<(IPage Agent, IPage Customer)> ChatAsync(AppServer agentNode, string customerUrl, string customerName)
    {
        Cluster.Database.ClearQueues();
        Cluster.Database.SetFaqSuggestions("support", false);
        var agent = await WorkspaceOnAsync("agent", agentNode, "agent1");
        var customer = await AskAsync(customerUrl, customerName);
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {customerName}" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await Expect(Textbox(customer, "Message")).ToBeVisibleAsync();
        await Expect(Textbox(agent, "Reply")).ToBeVisibleAsync();
        return (agent, customer);
    }

    protected static async Task SendAsync(IPage page, string box, string text)
    {
        await Textbox(page, box).FillAsync(text);
        await Textbox(page, box).PressAsync("Enter");
    }

    /// <summary>The texts of the message log's items that contain <paramref name="marker"/>, in the order shown.</summary>
    protected static async Task<List<string>> LoggedAsync(IPage page, string marker) =>
        (await page.GetByRole(AriaRole.Log).Locator("li").AllInnerTextsAsync()).Where(t => t.Contains(marker, StringComparison.Ordinal)).ToList();
}
