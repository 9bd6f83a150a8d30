using ChatDesk.EndToEnd.Harness;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>axe-core in Chromium: no serious or critical violation on the pages that exist so far.</summary>
public sealed class AccessibilityTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("/chat/support")]
    [InlineData("/chat/support-sv")]
    [InlineData("/chat/no-such-channel")]
    [InlineData("/account/login")]
    [InlineData("/")]
    public Task AnonymousPagesHaveNoSeriousViolations(string path) => RunAsync(async () =>
    {
        var page = await OpenAsync("page");
        await page.GotoAsync(path);

        await AssertNoSeriousViolationsAsync(page);
    });

    [Theory]
    [InlineData("/agent")]
    [InlineData("/agent/tickets")]
    [InlineData("/supervisor")]
    [InlineData("/admin")]
    public Task StaffPagesHaveNoSeriousViolations(string path) => RunAsync(async () =>
    {
        var page = await SignInAsync("admin", "admin");
        await page.WaitForURLAsync("**/admin");
        await page.GotoAsync(path);
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();

        await AssertNoSeriousViolationsAsync(page);
    });

    [Fact]
    public Task TheWorkspaceWithChatsTransfersAndThePickerHasNoSeriousViolations() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var anna = await OpenWorkspaceAsync("anna", "agent1");
        var oskar = await OpenWorkspaceAsync("oskar", "agent2");
        foreach (var name in new[] { "Axe One", "Axe Two" })
        {
            var customer = await OpenAsync(name);
            await customer.GotoAsync("/chat/support");
            await FillPreChatAsync(customer, name, "axe@" + DnsTestServer.MxDomain, "Hello <there>");
        }
        await AssertNoSeriousViolationsAsync(anna); // queue with two waiting
        await anna.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Axe One" }).ClickAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
        await anna.GetByLabel("Search replies and FAQ").WaitForAsync();
        await AssertNoSeriousViolationsAsync(anna); // conversation, customer panel, insert picker
        await anna.Keyboard.PressAsync("Escape"); // the insert sheet lies over the Task menu's corner
        await Expect(anna.Locator("#insert-panel")).Not.ToBeVisibleAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await anna.GetByRole(AriaRole.Menuitem, new() { Name = "Transfer" }).ClickAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Offer transfer" }).ClickAsync();
        await oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Axe One" }).WaitForAsync();
        await AssertNoSeriousViolationsAsync(oskar); // transfer request highlighted
        await AssertNoSeriousViolationsAsync(anna); // waiting for the transfer
    });
}
