using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Windows past the per-client cap get the friendly busy page (and hold nothing on the server); closing a
/// window frees its place.</summary>
[Collection(CircuitCapCollection.Name)]
public sealed class CircuitCapTests(CircuitCapFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public Task WindowsPastTheCapGetTheBusyPageAndAClosedWindowMakesRoom() => RunAsync(async () =>
    {
        var open = new List<IPage>();
        for (var i = 0; i < CircuitCapFixture.PerClient; i++)
        {
            var page = await OpenAsync($"window-{i}");
            await page.GotoAsync("/chat/support");
            await Expect(Textbox(page, "Your question")).ToBeVisibleAsync();
            open.Add(page);
        }

        // Two more windows from the same address: the busy page, in the channel's language, with no live connection.
        var extra = await OpenAsync("extra-sv");
        var refused = await extra.GotoAsync("/chat/support-sv");
        Assert.Equal(503, refused!.Status);
        await Expect(extra.GetByRole(AriaRole.Heading, new() { Name = "Mycket att göra just nu" })).ToBeVisibleAsync();
        var sockets = 0;
        var another = await OpenAsync("extra-en");
        another.WebSocket += (_, _) => sockets++;
        await another.GotoAsync("/chat/support");
        await Expect(another.GetByRole(AriaRole.Heading, new() { Name = "Very busy right now" })).ToBeVisibleAsync();
        await another.WaitForTimeoutAsync(3_000);
        Assert.Equal(0, sockets); // nothing retries by itself
        Assert.Equal(0, await another.Locator("textarea").CountAsync());

        // Closing a window lets its circuit go at once (Blazor's disconnect beacon), so "Try again" gets in.
        await open[0].CloseAsync(new() { RunBeforeUnload = true });
        using (var http = new HttpClient { BaseAddress = new Uri(BaseUrl) })
            await Wait.UntilAsync(async () => (await http.GetAsync("/chat/support")).IsSuccessStatusCode,
                TimeSpan.FromSeconds(20), "the closed window's place to be free");
        await another.GetByRole(AriaRole.Link, new() { Name = "Try again" }).ClickAsync();
        await Expect(Textbox(another, "Your question")).ToBeVisibleAsync();

        // Full again: the next one is refused once more, and the windows that got in still work.
        var last = await OpenAsync("last");
        Assert.Equal(503, (await last.GotoAsync("/chat/support"))!.Status);
        await Textbox(open[1], "Your question").FillAsync("Still here");
        await Expect(Textbox(open[1], "Your question")).ToHaveValueAsync("Still here");
    });
}
