using System.Net;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 10: "circuits beyond the cap get the friendly page and the server's memory stays bounded". Before
/// the cap, 500 windows from one client all started and the server held 130 MB more (about 260 KB a window); now
/// hundreds of windows past the cap get the busy page and the app's managed heap, read from inside it after full
/// collections, stays where it was.</summary>
[Collection(CircuitCapCollection.Name)]
public sealed class CircuitMemoryTests(CircuitCapFixture fixture) : BrowserTestBase(fixture)
{
    private const int RefusedRequests = 300;
    private const int RefusedWindows = 10;
    // 310 refused windows holding even 16 KB each would pass this; one started circuit holds far more.
    private const long MaxGrowthBytes = 5 * 1024 * 1024;

    [Fact]
    public Task HundredsOfWindowsPastTheCapGetTheBusyPageAndTheHeapDoesNotGrow() => RunAsync(async () =>
    {
        // Fill this client's cap (windows an earlier test closed may still hold places for a while).
        var admitted = new List<IPage>();
        IPage? refusedWindow = null;
        for (var i = 0; i <= CircuitCapFixture.PerClient && refusedWindow is null; i++)
        {
            var page = await OpenAsync($"window-{i}");
            if ((await page.GotoAsync("/chat/support"))!.Status == (int)HttpStatusCode.ServiceUnavailable) refusedWindow = page;
            else
            {
                // The first windows after the app's start are slow to become interactive on a busy machine.
                await Expect(Textbox(page, "Your question")).ToBeVisibleAsync(new() { Timeout = 30_000 });
                admitted.Add(page);
            }
        }
        Assert.NotNull(refusedWindow);
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        // Warm up what a refusal uses once (the busy page in both languages), so it is not counted as growth.
        for (var i = 0; i < 20; i++) await AssertBusyAsync(http, i % 2 == 0 ? "/chat/support" : "/chat/support-sv");
        var before = await fixture.Heap.ReadAsync();

        for (var i = 0; i < RefusedRequests; i++) await AssertBusyAsync(http, i % 2 == 0 ? "/chat/support" : "/chat/support-sv");
        var windows = new List<IPage>();
        for (var i = 0; i < RefusedWindows; i++)
        {
            var window = await OpenAsync($"refused-{i}");
            Assert.Equal((int)HttpStatusCode.ServiceUnavailable, (await window.GotoAsync("/chat/support"))!.Status);
            await Expect(window.GetByRole(AriaRole.Heading, new() { Name = "Very busy right now" })).ToBeVisibleAsync();
            windows.Add(window);
        }
        foreach (var window in windows) await window.CloseAsync();
        var after = await fixture.Heap.ReadAsync();

        Assert.True(after - before < MaxGrowthBytes,
            $"The managed heap grew by {(after - before) / 1024} KB over {RefusedRequests + RefusedWindows} refused windows " +
            $"({before / 1024} KB before, {after / 1024} KB after).");
        // The windows that got in still work.
        foreach (var page in admitted)
        {
            await Textbox(page, "Your question").FillAsync("Still here");
            await Expect(Textbox(page, "Your question")).ToHaveValueAsync("Still here");
        }

        // Give the places back at once (Blazor's disconnect beacon), for the next test on this app; places an earlier
        // test's closed windows hold come free when Blazor lets their circuits go (3 minutes).
        foreach (var page in admitted) await page.CloseAsync(new() { RunBeforeUnload = true });
        await Wait.UntilAsync(async () => (await http.GetAsync("/chat/support")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(240), "the closed windows' places to be free");
    });

    private static async Task AssertBusyAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("textarea", await response.Content.ReadAsStringAsync());
    }
}
