using Microsoft.Playwright;

namespace ChatDesk.Load;

/// <param name="HeapHalf">The heap after the first half of the pages: the second half's growth is the marginal cost of
/// a page, without what the app builds once and lazily while the first pages open (reflection invokers emitted after a
/// few calls, caches, pools sized by the first burst), which the whole run's figure spreads over the pages.</param>
/// <param name="AtForm">Pages showing the pre-chat form at the end (ChatDesk's <c>[data-pausable]</c> step).</param>
/// <param name="Paused">Pages whose circuit js/idle-pause.js had paused at the end (<c>html[data-circuit=paused]</c>).</param>
public sealed record PagesResult(string Name, int Pages, long HeapBefore, long HeapAfter, long WorkingSetBefore, long WorkingSetAfter,
    long HeapHalf, int AtForm, int Paused)
{
    public double HeapPerPageKb => (HeapAfter - HeapBefore) / 1024.0 / Pages;
    public double SecondHalfPerPageKb => (HeapAfter - HeapHalf) / 1024.0 / (Pages - Pages / 2);
    public double WorkingSetPerPageKb => (WorkingSetAfter - WorkingSetBefore) / 1024.0 / Pages;
}

/// <summary>Opens idle pages in Chromium, each its own browser context (its own customer) and Blazor circuit, and reads
/// what they cost the server: managed heap after full collections and the working set, per page, before, half-way
/// and after.</summary>
public static class PagesRun
{
    private const int WarmUpPages = 3;

    /// <param name="settleSeconds">How long to wait after opening pages before reading memory: long enough, for an app
    /// that pauses idle pages, for the last page opened to have paused.</param>
    public static async Task<PagesResult> RunAsync(string name, AppProcess app, string path, int pages, int holdSeconds = 0, int settleSeconds = 2)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium: Playwright cannot download its own browser here.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        // A few pages first, so what the app builds once (caches, JIT, the first circuits' services) is not counted per page.
        var opened = new List<IPage>();
        for (var i = 0; i < WarmUpPages; i++) opened.Add(await OpenAsync(browser, app.BaseUrl + path));
        await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
        var (heapBefore, setBefore) = await app.MemoryAsync();
        for (var i = 0; i < pages / 2; i++) opened.Add(await OpenAsync(browser, app.BaseUrl + path));
        await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
        var (heapHalf, _) = await app.MemoryAsync();
        for (var i = pages / 2; i < pages; i++) opened.Add(await OpenAsync(browser, app.BaseUrl + path));
        await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
        var (heapAfter, setAfter) = await app.MemoryAsync();
        var measured = opened.Skip(WarmUpPages).ToList();
        var (atForm, paused) = (0, 0);
        foreach (var page in measured)
        {
            if (await page.Locator("[data-pausable]").CountAsync() > 0) atForm++;
            if (await page.EvaluateAsync<string?>("document.documentElement.getAttribute('data-circuit')") == "paused") paused++;
        }
        if (holdSeconds > 0)
        {
            // Time to look inside: dotnet-gcdump collect -p <pid> sees what the open pages hold.
            Console.WriteLine($"{name}: {pages} pages open in process {app.ProcessId}; holding them {holdSeconds} s.");
            await Task.Delay(TimeSpan.FromSeconds(holdSeconds));
        }
        return new PagesResult(name, pages, heapBefore, heapAfter, setBefore, setAfter, heapHalf, atForm, paused);
    }
    // Interactive once the circuit's WebSocket has carried the first render batch.
    private static async Task<IPage> OpenAsync(IBrowser browser, string url)
    {
        // The run's own self-signed certificate when the app serves HTTPS (AppProcess).
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        var firstFrame = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("_blazor")) socket.FrameReceived += (_, _) => firstFrame.TrySetResult();
        };
        await page.GotoAsync(url);
        await firstFrame.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }
}
