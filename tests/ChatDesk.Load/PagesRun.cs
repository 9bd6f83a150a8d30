using Microsoft.Playwright;

namespace ChatDesk.Load;

public sealed record PagesResult(string Name, int Pages, long HeapBefore, long HeapAfter, long WorkingSetBefore, long WorkingSetAfter)
{
    public double HeapPerPageKb => (HeapAfter - HeapBefore) / 1024.0 / Pages;
    public double WorkingSetPerPageKb => (WorkingSetAfter - WorkingSetBefore) / 1024.0 / Pages;
}

/// <summary>Opens idle pages in Chromium, each its own browser context (its own customer) and Blazor circuit, and reads
/// what they cost the server: managed heap after full collections and the working set, per page, before and after.</summary>
public static class PagesRun
{
    public static async Task<PagesResult> RunAsync(string name, AppProcess app, string path, int pages)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium: Playwright cannot download its own browser here.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        // One page first, so what the app builds once (caches, JIT, the first circuit's services) is not counted per page.
        await OpenAsync(browser, app.BaseUrl + path);
        await Task.Delay(1000);
        var (heapBefore, setBefore) = await app.MemoryAsync();
        for (var i = 0; i < pages; i++) await OpenAsync(browser, app.BaseUrl + path);
        await Task.Delay(2000);
        var (heapAfter, setAfter) = await app.MemoryAsync();
        return new PagesResult(name, pages, heapBefore, heapAfter, setBefore, setAfter);
    }

    // Interactive once the circuit's WebSocket has carried the first render batch.
    private static async Task OpenAsync(IBrowser browser, string url)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var firstFrame = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("_blazor")) socket.FrameReceived += (_, _) => firstFrame.TrySetResult();
        };
        await page.GotoAsync(url);
        await firstFrame.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
