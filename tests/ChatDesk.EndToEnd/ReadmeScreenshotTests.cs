using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;

namespace ChatDesk.EndToEnd;

/// <summary>Takes the README's screenshots from the real app, so the pictures always show what ships.</summary>
public sealed class ReadmeScreenshotTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder = Path.Combine(Paths.RepoRoot, "docs", "images");

    [Fact]
    public Task CustomerPageAndAgentWorkspaceAreCaptured() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Folder);
        var customer = await OpenAsync("customer");
        await customer.SetViewportSizeAsync(480, 720);
        await customer.GotoAsync("/chat/support");
        await customer.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        var customerShot = Path.Combine(Folder, "customer-page.png");
        await customer.ScreenshotAsync(new() { Path = customerShot });

        var agent = await SignInAsync("agent", "agent1");
        await agent.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        var agentShot = Path.Combine(Folder, "agent-workspace.png");
        await agent.ScreenshotAsync(new() { Path = agentShot });

        Assert.True(new FileInfo(customerShot).Length > 5_000);
        Assert.True(new FileInfo(agentShot).Length > 5_000);
    });
}
