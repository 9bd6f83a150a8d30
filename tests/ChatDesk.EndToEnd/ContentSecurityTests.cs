using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;

namespace ChatDesk.EndToEnd;

/// <summary>The policy is really enforced in the browser, and the harness's watch really sees a violation
/// (every other browser test relies on it to fail when the policy blocks something a page needs).</summary>
public sealed class ContentSecurityTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AnInlineScriptOnTheCustomerPageIsBlockedAndTheWatchReportsIt() => RunAsync(async () =>
    {
        // A page of its own, outside the base class's watch, so this test's deliberate violation does not fail it.
        await using var context = await Fixture.NewContextAsync();
        var watch = new ContentSecurityWatch();
        watch.Watch("probe", context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/chat/support");
        await WaitUntilInteractiveAsync(page);

        Assert.False(await InjectScriptAsync(page));
        Assert.ThrowsAny<Exception>(watch.AssertNone);
    });

    [Fact]
    public Task AViolationInASecondTabOfTheSameBrowserIsReportedToo() => RunAsync(async () =>
    {
        // Pop-ups (the widget's chat window) and extra tabs are pages the test never opened itself: the watch
        // listens on the whole context, so a violation there fails the test as well.
        await using var context = await Fixture.NewContextAsync();
        var watch = new ContentSecurityWatch();
        watch.Watch("probe", context);
        var first = await context.NewPageAsync();
        await first.GotoAsync("/demo");
        var second = await context.NewPageAsync();
        await second.GotoAsync("/chat/support");
        await WaitUntilInteractiveAsync(second);
        watch.AssertNone();

        Assert.False(await InjectScriptAsync(second));
        Assert.ThrowsAny<Exception>(watch.AssertNone);
    });

    /// <summary>Adds an inline script to the page and waits for Chromium's report; true if the script ran.</summary>
    private static async Task<bool> InjectScriptAsync(IPage page)
    {
        var refused = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("Content Security Policy") });
        await page.EvaluateAsync("""
            () => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }
            """);
        await refused;
        return await page.EvaluateAsync<bool>("() => window.injected === true");
    }
}
