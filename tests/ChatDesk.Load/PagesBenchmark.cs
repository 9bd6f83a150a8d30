using System.Globalization;

namespace ChatDesk.Load;

/// <summary>Idle customer pages: ChatDesk's customer chat page against the stock Blazor template's page, both
/// published in Release, started in Production and measured by the same heap probe.</summary>
public static class PagesBenchmark
{
    /// <summary>Chat:IdlePauseSeconds for the paused run: short, so the run does not wait long for it.</summary>
    private const int PauseSeconds = 5;

    public static async Task RunAsync(int pages, int holdSeconds = 0)
    {
        var stock = await Apps.PublishStockBlazorAsync();
        var chatDesk = await Apps.PublishChatDeskAsync();
        PagesResult baseline, live, paused;
        await using (var app = await AppProcess.StartAsync("stock", stock, new Dictionary<string, string>()))
            baseline = await PagesRun.RunAsync("Stock Blazor template (empty, interactive server)", app, "/", pages, holdSeconds);
        await using (var app = await StartChatDeskAsync(chatDesk, pauseSeconds: 0))
            live = await PagesRun.RunAsync("ChatDesk customer page (/chat/support), circuit live", app, "/chat/support", pages, holdSeconds);
        await using (var app = await StartChatDeskAsync(chatDesk, PauseSeconds))
            paused = await PagesRun.RunAsync($"ChatDesk customer page, idle pause after {PauseSeconds} s", app, "/chat/support", pages,
                holdSeconds, settleSeconds: PauseSeconds + 5);

        var table = string.Join("\n",
            $"{pages} idle pages, one Chromium context each, after three warm-up pages; managed heap after full collections, read before, after half of the pages and after all.",
            "ChatDesk runs in Production over HTTPS (a self-signed loopback certificate) with an agent present, so its page is the pre-chat form a customer meets.",
            "",
            "| page | managed heap per page (all pages) | managed heap per page (second half) | working set per page | at the pre-chat form / paused |",
            "|---|---|---|---|---|",
            Row(baseline, baseline),
            Row(live, baseline),
            Row(paused, baseline));
        Console.WriteLine(table);
        Report.Write("Idle customer pages", table);
    }

    /// <summary>ChatDesk over HTTPS with its demo agents present (as a workspace tab renewing its lease would keep
    /// them), so the customer page offers the pre-chat form rather than the closed notice.</summary>
    private static async Task<AppProcess> StartChatDeskAsync(string chatDesk, int pauseSeconds)
    {
        var settings = Apps.ChatDeskSettings();
        settings["Chat__IdlePauseSeconds"] = pauseSeconds.ToString(CultureInfo.InvariantCulture);
        var app = await AppProcess.StartAsync("chatdesk", chatDesk, settings, https: true);
        var until = DateTimeOffset.UtcNow.AddHours(6).UtcTicks;
        BenchDatabase.Sqlite(Path.Combine(app.DataFolder, "chatdesk.db"))
            .Execute($"""UPDATE "AspNetUsers" SET "Presence" = 'Present', "PresenceLeaseUntil" = {until}""");
        // The app re-reads presence leases every second.
        await Task.Delay(TimeSpan.FromSeconds(3));
        return app;
    }

    private static string Row(PagesResult result, PagesResult baseline) => string.Create(CultureInfo.InvariantCulture,
        $"| {result.Name} | {result.HeapPerPageKb:0} KB{Ratio(result.HeapPerPageKb, baseline.HeapPerPageKb, result == baseline)} | {result.SecondHalfPerPageKb:0} KB{Ratio(result.SecondHalfPerPageKb, baseline.SecondHalfPerPageKb, result == baseline)} | {result.WorkingSetPerPageKb:0} KB{Ratio(result.WorkingSetPerPageKb, baseline.WorkingSetPerPageKb, result == baseline)} | {(result == baseline ? "–" : $"{result.AtForm} / {result.Paused} of {result.Pages}")} |");

    private static string Ratio(double value, double baseline, bool isBaseline) =>
        isBaseline || baseline <= 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (×{value / baseline:0.00})");
}
