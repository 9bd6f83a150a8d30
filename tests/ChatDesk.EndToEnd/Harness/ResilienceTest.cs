using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>Base for the tests that stop, kill and restart their own app.</summary>
[Collection(ResilienceCollection.Name)]
public abstract class ResilienceTest(ResilienceFixture fixture) : BrowserTestBase(fixture)
{
    public override Task InitializeAsync() => fixture.App.EnsureRunningAsync();

    /// <summary>Exactly one list item with this text in the page's message log, and still one a moment later
    /// (a late duplicate from a resend would show up then).</summary>
    public static async Task ExpectOnceAsync(IPage page, string text, int timeoutMs = 60_000)
    {
        var items = page.GetByRole(AriaRole.Log).Locator("li", new() { HasText = text });
        await Expect(items).ToHaveCountAsync(1, new() { Timeout = timeoutMs });
        await page.WaitForTimeoutAsync(2_000);
        Assert.Equal(1, await items.CountAsync());
    }

    /// <summary>Marks the pages, so <see cref="WaitForReloadAsync"/> can tell a page that reloaded itself after a
    /// restart from the old one still on screen.</summary>
    public static async Task MarkAsync(params IPage[] pages)
    {
        foreach (var page in pages) await page.EvaluateAsync("() => window.chatdeskBeforeRestart = true");
    }

    /// <summary>Waits until the page has reloaded itself (the old circuit was refused) and is interactive again.</summary>
    public static async Task WaitForReloadAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !window.chatdeskBeforeRestart", null, new() { Timeout = 60_000 });
        await WaitUntilInteractiveAsync(page);
    }

    /// <summary>Opens one of the agent's chats from "My chats" or "Recent chats" in the workspace.</summary>
    protected static Task OpenChatAsync(IPage agent, string customerName) =>
        agent.Locator("button.session-button", new() { HasText = customerName }).First.ClickAsync();
}
