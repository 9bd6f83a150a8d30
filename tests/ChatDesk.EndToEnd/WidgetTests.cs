using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using ChatDesk.EndToEnd.Harness;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>widget.js as a company page embeds it: the /demo page on the app, and a shop page on another origin.</summary>
public sealed partial class WidgetTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheDemoPageShowsTheChatButtonInTheChannelsColour() => RunAsync(async () =>
    {
        var shop = await OpenAsync("shop");

        await shop.GotoAsync("/demo");

        var button = ChatButton(shop);
        await Expect(button).ToContainTextAsync("Chat with us");
        await Expect(button).ToHaveAttributeAsync("aria-label", new Regex("^Chat with us — (open|closed)$"));
        await Expect(button).ToBeEnabledAsync();
        // #1565c0 with white text: 5.7:1.
        await Expect(button).ToHaveCSSAsync("background-color", "rgb(21, 101, 192)");
        await Expect(button).ToHaveCSSAsync("color", "rgb(255, 255, 255)");
        await Expect(shop.Locator("pre code")).ToContainTextAsync($"""<script src="{BaseUrl}/widget.js" data-channel="support" """);
    });

    [Fact]
    public Task TheButtonAlsoAppearsWhenTheDemoIsReachedByALinkFromTheHomePage() => RunAsync(async () =>
    {
        var visitor = await OpenAsync("visitor");
        await visitor.GotoAsync("/");

        await visitor.GetByRole(AriaRole.Link, new() { Name = "Example company page with the chat icon" }).ClickAsync();

        await Expect(ChatButton(visitor)).ToContainTextAsync("Chat with us");
    });

    [Fact]
    public Task TheButtonFollowsTheChannelOpeningAndClosingWithoutAReload() => RunAsync(async () =>
    {
        Fixture.App.SetHours("support", AppServer.NeverOpen);
        try
        {
            await OpenWorkspaceAsync("agent", "agent1");
            var shop = await OpenAsync("shop");
            // A fake clock lets the test run the real 15-second poll without waiting for it.
            await shop.Clock.InstallAsync();
            await shop.GotoAsync("/demo");
            var button = ChatButton(shop);
            await Expect(button).ToHaveAttributeAsync("data-state", "closed");
            await Expect(button).ToHaveAccessibleNameAsync("Chat with us — closed");
            await shop.EvaluateAsync("() => window.sameDocument = true");

            Fixture.App.SetHours("support", AppServer.AlwaysOpen);
            await shop.Clock.FastForwardAsync("00:16");

            await Expect(button).ToHaveAttributeAsync("data-state", "open");
            await Expect(button).ToHaveAccessibleNameAsync("Chat with us — open");
            await Expect(button).ToContainTextAsync("Open");

            // Coming back to the tab checks at once, without waiting for the next poll.
            Fixture.App.SetHours("support", AppServer.NeverOpen);
            await shop.EvaluateAsync("() => document.dispatchEvent(new Event('visibilitychange'))");

            await Expect(button).ToHaveAttributeAsync("data-state", "closed");
            Assert.True(await shop.EvaluateAsync<bool>("() => window.sameDocument === true"), "The demo page was reloaded.");
        }
        finally
        {
            Fixture.App.SetHours("support", AppServer.AlwaysOpen);
        }
    });

    [Fact]
    public Task ClickingTheButtonOpensTheChatPopUpWithTheCustomerFromThePageAddress() => RunAsync(async () =>
    {
        var shop = await OpenAsync("shop");
        await shop.GotoAsync("/demo?name=Åsa%20Öberg&email=asa@" + DnsTestServer.MxDomain);
        var demoUrl = shop.Url;

        var popup = await shop.RunAndWaitForPopupAsync(() => ChatButton(shop).ClickAsync());

        await popup.WaitForURLAsync(new Regex("/chat/support\\?"));
        Assert.StartsWith(BaseUrl + "/chat/support?", popup.Url);
        Assert.Contains("name=%C3%85sa%20%C3%96berg&email=asa%40mx.chatdesk.test", popup.Url);
        var query = HttpUtility.ParseQueryString(new Uri(popup.Url).Query);
        Assert.Equal(demoUrl, query["source"]);
        Assert.Null(query["phone"]);
        Assert.Null(query["company"]);
        Assert.Equal("chatdesk-support", await popup.EvaluateAsync<string>("() => window.name"));
        await Expect(popup.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chat with Nordhem support");
    });

    [Fact]
    public Task WhenPopUpsAreBlockedTheChatOpensInANewTab() => RunAsync(async () =>
    {
        var shop = await OpenAsync("shop");
        await shop.AddInitScriptAsync("window.open = function () { return null; };");
        await shop.GotoAsync("/demo?name=Bo");

        var tab = await shop.Context.RunAndWaitForPageAsync(() => ChatButton(shop).ClickAsync());

        await tab.WaitForURLAsync(new Regex("/chat/support\\?name=Bo&source="));
        Assert.Equal(BaseUrl + "/demo?name=Bo", shop.Url);
    });

    [Fact]
    public Task AnUnknownChannelGivesADisabledUnavailableButton() => RunAsync(async () =>
    {
        var warnings = new List<string>();
        var shop = await OpenShopAsync("""data-channel="nope" """, page =>
            page.Console += (_, message) => { if (message.Type == "warning") lock (warnings) warnings.Add(message.Text); });

        var button = shop.GetByRole(AriaRole.Button, new() { Name = "Chat unavailable" });

        await Expect(button).ToBeDisabledAsync();
        await Expect(button).ToHaveAttributeAsync("data-state", "unavailable");
        lock (warnings) Assert.Contains(warnings, w => w.Contains("\"nope\""));
    });

    [Fact]
    public Task TheSwedishChannelLabelsTheButtonInSwedish() => RunAsync(async () =>
    {
        Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        var shop = await OpenAsync("shop");

        await shop.GotoAsync("/demo?channel=support-sv");

        var button = ChatButton(shop);
        await Expect(button).ToHaveAccessibleNameAsync("Chatta med oss – stängt");
        await Expect(shop.Locator("aside.cd-widget")).ToHaveAttributeAsync("lang", "sv");
        await Expect(button).ToContainTextAsync("Stängt");
    });

    [Fact]
    public Task ADemoChannelThatIsNotASlugFallsBackToSupport() => RunAsync(async () =>
    {
        var shop = await OpenAsync("shop");

        await shop.GotoAsync("/demo?channel=" + Uri.EscapeDataString("\"><img src=x>"));

        await Expect(shop.Locator("script[src='/widget.js']")).ToHaveAttributeAsync("data-channel", "support");
        await Expect(ChatButton(shop)).ToContainTextAsync("Chat with us");
    });

    [Theory]
    [InlineData("/demo")]
    [InlineData("/demo?channel=support-sv")]
    public Task TheDemoPageWithTheButtonHasNoSeriousAccessibilityViolations(string path) => RunAsync(async () =>
    {
        var shop = await OpenAsync("shop");
        await shop.GotoAsync(path);
        await Expect(ChatButton(shop)).ToBeVisibleAsync();
        // The button fades in; mid-fade its text is paler than it will be, and axe would measure that.
        await ChatButton(shop).EvaluateAsync("b => Promise.all(b.getAnimations().map(a => a.finished))");

        var result = await shop.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Impact}: {v.Id} — {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    });

    private static ILocator ChatButton(IPage page) => page.Locator("button.cd-widget-button");
}
