using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Takes the README's screenshots from the real app in the middle of a chat, so the pictures always
/// show what ships.</summary>
public sealed class ReadmeScreenshotTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder = Path.Combine(Paths.RepoRoot, "docs", "images");

    [Fact]
    public Task CustomerPageAndAgentWorkspaceAreCapturedMidChat() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Directory.CreateDirectory(Folder);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.SetViewportSizeAsync(480, 760);
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Åsa Öberg", "asa@" + DnsTestServer.MxDomain, "Hi! My order 10452 hasn't arrived yet.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Åsa Öberg" }).ClickAsync();
        await Textbox(agent, "Reply").FillAsync("Let me check… it left our warehouse yesterday: https://nordhem.example/track/10452");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await Textbox(customer, "Message").FillAsync("Great, thank you!");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Great, thank you!");

        var customerShot = Path.Combine(Folder, "customer-page.png");
        await customer.ScreenshotAsync(new() { Path = customerShot });
        var agentShot = Path.Combine(Folder, "agent-workspace.png");
        await agent.ScreenshotAsync(new() { Path = agentShot });

        Assert.True(new FileInfo(customerShot).Length > 10_000);
        Assert.True(new FileInfo(agentShot).Length > 10_000);
    });

    [Fact]
    public Task SupervisorDashboardAndChannelSettingsAreCaptured() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Folder);
        await ActiveChatAsync("Åsa Öberg", "Hi! My order 10452 hasn't arrived yet.");
        var admin = await SignInAsync("admin", "admin");
        await admin.WaitForURLAsync("**/admin");

        await admin.GotoAsync("/supervisor");
        await Expect(admin.GetByTestId("active-count")).ToHaveTextAsync("1");
        await Expect(admin.GetByTestId("fig-answered")).Not.ToHaveTextAsync("0");
        await Expect(admin.GetByText("in Europe/Stockholm", new() { Exact = false })).ToBeVisibleAsync(); // the viewer's own day
        var supervisorShot = Path.Combine(Folder, "supervisor.png");
        await admin.ScreenshotAsync(new() { Path = supervisorShot });

        var id = Fixture.App.Scalar("SELECT Id FROM Channels WHERE Slug = 'support'");
        await admin.GotoAsync($"/admin/channels/{id}");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Channel");
        await WaitUntilInteractiveAsync(admin);
        var channelShot = Path.Combine(Folder, "channel-settings.png");
        await admin.ScreenshotAsync(new() { Path = channelShot });

        Assert.True(new FileInfo(supervisorShot).Length > 10_000);
        Assert.True(new FileInfo(channelShot).Length > 10_000);
    });
}
