using System.Globalization;

namespace ChatDesk.Load;

/// <summary>Idle customer pages: ChatDesk's customer chat page against the stock Blazor template's page, both
/// published in Release, started in Production and measured by the same heap probe.</summary>
public static class PagesBenchmark
{
    public static async Task RunAsync(int pages, int holdSeconds = 0)
    {
        var stock = await Apps.PublishStockBlazorAsync();
        var chatDesk = await Apps.PublishChatDeskAsync();
        PagesResult baseline, ours;
        await using (var app = await AppProcess.StartAsync("stock", stock, new Dictionary<string, string>()))
            baseline = await PagesRun.RunAsync("Stock Blazor template (empty, interactive server)", app, "/", pages, holdSeconds);
        await using (var app = await AppProcess.StartAsync("chatdesk", chatDesk, Apps.ChatDeskSettings()))
            ours = await PagesRun.RunAsync("ChatDesk customer page (/chat/support)", app, "/chat/support", pages, holdSeconds);

        var table = string.Join("\n",
            $"{pages} idle pages, one Chromium context each, after three warm-up pages; managed heap after full collections, read before, after half of the pages and after all.",
            "",
            "| page | managed heap per page (all pages) | managed heap per page (second half) | working set per page |",
            "|---|---|---|---|",
            Row(baseline, baseline),
            Row(ours, baseline));
        Console.WriteLine(table);
        Report.Write("Idle customer pages", table);
    }

    private static string Row(PagesResult result, PagesResult baseline) => string.Create(CultureInfo.InvariantCulture,
        $"| {result.Name} | {result.HeapPerPageKb:0} KB{Ratio(result.HeapPerPageKb, baseline.HeapPerPageKb, result == baseline)} | {result.SecondHalfPerPageKb:0} KB{Ratio(result.SecondHalfPerPageKb, baseline.SecondHalfPerPageKb, result == baseline)} | {result.WorkingSetPerPageKb:0} KB{Ratio(result.WorkingSetPerPageKb, baseline.WorkingSetPerPageKb, result == baseline)} |");

    private static string Ratio(double value, double baseline, bool isBaseline) =>
        isBaseline || baseline <= 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (×{value / baseline:0.00})");
}
