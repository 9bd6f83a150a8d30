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
        var page = await context.NewPageAsync();
        var watch = new ContentSecurityWatch();
        watch.Watch("probe", page);
        await page.GotoAsync("/chat/support");
        await WaitUntilInteractiveAsync(page);

        var refused = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("Content Security Policy") });
        await page.EvaluateAsync("""
            () => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }
            """);
        await refused;

        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.ThrowsAny<Exception>(watch.AssertNone);
    });
}
