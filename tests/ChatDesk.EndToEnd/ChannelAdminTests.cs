using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class ChannelAdminTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TurningFaqSuggestionsOffInTheAdminUiChangesAnOpenCustomerPage() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", true);
        try
        {
            await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");
            await WaitUntilInteractiveAsync(customer);

            var admin = await OpenAdminAsync();
            await admin.GotoAsync("/admin/channels");
            var name = Fixture.App.Scalar("SELECT Name FROM Channels WHERE Slug = 'support'");
            await ReadyAsync(admin, "Channels");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Edit " + name }).ClickAsync();
            await ReadyAsync(admin, "Channel " + name);
            await OpenTabAsync(admin, "Pre-chat form");
            var suggestions = admin.GetByLabel("Suggest FAQ articles before the chat");
            await Expect(suggestions).ToBeCheckedAsync();
            await suggestions.UncheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(admin.GetByTestId("save-status")).ToHaveTextAsync(new Regex("^Saved"));

            // The same question that FaqSuggestionTests answers with an article now goes straight to the queue.
            await FillPreChatAsync(customer, "Faq Off", "faqoff@" + DnsTestServer.MxDomain, "My coffee machine shows the descaling light");

            await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "These articles may answer your question" })).ToHaveCountAsync(0);
            Assert.Equal("0", Fixture.App.Scalar("SELECT PreChat_FaqSuggestions FROM Channels WHERE Slug = 'support'"));
        }
        finally
        {
            Fixture.App.SetFaqSuggestions("support", false);
        }
    });

    [Fact]
    public Task InvalidInputIsShownAtTheFieldsAndSavesNothingAndEveryTabPassesAxe() => RunAsync(async () =>
    {
        var admin = await OpenAdminAsync();
        await admin.GotoAsync("/admin/channels");
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Channels", Level = 1 }).WaitForAsync();
        await AssertNoSeriousViolationsAsync(admin, "channel list");
        await admin.GetByRole(AriaRole.Link, new() { Name = "New channel" }).ClickAsync();
        await ReadyAsync(admin, "New channel");

        await Field(admin, "Name").FillAsync("Broken Channel");
        await Field(admin, "Slug").FillAsync("Bad Slug");
        await OpenTabAsync(admin, "Widget look");
        await Field(admin, "Colour").FillAsync("red");
        await OpenTabAsync(admin, "Opening hours");
        var monday = admin.GetByRole(AriaRole.Group, new() { Name = "Monday" });
        await monday.GetByLabel("Opens").FillAsync("17:00");
        await monday.GetByLabel("Closes").FillAsync("09:00");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(admin.GetByTestId("save-errors")).ToContainTextAsync("Not saved: 3 problem(s)");
        await Expect(FieldBox(monday.GetByLabel("Closes"))).ToContainTextAsync("must be after Open");
        await AssertNoSeriousViolationsAsync(admin, "Opening hours with an error");
        await OpenTabAsync(admin, "Widget look (1 problem(s))");
        await Expect(FieldBox(Field(admin, "Colour"))).ToContainTextAsync("must be a colour such as #1565c0");
        await OpenTabAsync(admin, "Properties (1 problem(s))");
        await Expect(FieldBox(Field(admin, "Slug"))).ToContainTextAsync("may hold only lower-case letters");
        await Expect(Field(admin, "Slug")).ToHaveValueAsync("Bad Slug"); // nothing the admin typed is lost
        Assert.Equal("0", Fixture.App.Scalar("SELECT COUNT(*) FROM Channels WHERE Name = 'Broken Channel'"));

        // Every tab, with the errors still showing.
        foreach (var tab in new[] { "Properties", "Opening hours", "Widget look", "Pre-chat form", "Post-chat form", "Offline form", "Members" })
        {
            await OpenTabAsync(admin, tab);
            await AssertNoSeriousViolationsAsync(admin, tab);
        }
    });

    [Fact]
    public Task ASaveOverAnotherAdminsNewerSaveIsRefusedAndKeepsWhatWasTyped() => RunAsync(async () =>
    {
        const string slug = "e2e-two-admins";
        try
        {
            var first = await OpenAdminAsync();
            await first.GotoAsync("/admin/channels/new");
            await ReadyAsync(first, "New channel");
            await Field(first, "Name").FillAsync("Two Admins");
            await Field(first, "Slug").FillAsync(slug);
            await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(first).ToHaveURLAsync(new Regex(@"/admin/channels/\d+$"));

            var second = await SignInAsync("second-admin", "admin");
            await second.WaitForURLAsync("**/admin");
            await second.GotoAsync(first.Url);
            await ReadyAsync(second, "Channel Two Admins");
            await Field(second, "Welcome message").FillAsync("Hej från den andra");
            await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(second.GetByTestId("save-status")).ToHaveTextAsync(new Regex("^Saved"));

            await Field(first, "Badge text").FillAsync("From the first");
            await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

            await Expect(first.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved");
            await Expect(first.Locator(".preserve-lines")).ToContainTextAsync("WelcomeMessage: (none) → Hej från den andra");
            await Expect(Field(first, "Badge text")).ToHaveValueAsync("From the first");
            Assert.Equal(("", "Hej från den andra"), (Fixture.App.Scalar($"SELECT BadgeText FROM Channels WHERE Slug = '{slug}'"),
                Fixture.App.Scalar($"SELECT WelcomeMessage FROM Channels WHERE Slug = '{slug}'")));
        }
        finally
        {
            DeleteChannelBySql(slug);
        }
    });

    [Fact]
    public Task TheEmbedCodeCanBeCopied() => RunAsync(async () =>
    {
        var admin = await OpenAdminAsync();
        await admin.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = BaseUrl });
        await admin.GotoAsync("/admin/channels");
        var name = Fixture.App.Scalar("SELECT Name FROM Channels WHERE Slug = 'support'");
        await ReadyAsync(admin, "Channels");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Edit " + name }).ClickAsync();
        await ReadyAsync(admin, "Channel " + name);

        await Expect(Field(admin, "Embed code")).ToHaveValueAsync(new Regex("""^<script src="http://[^"]+/widget\.js" data-channel="support" defer></script>$"""));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Copy embed code" }).ClickAsync();

        await Expect(admin.GetByText("Copied to the clipboard.")).ToBeVisibleAsync();
        Assert.Contains("data-channel=\"support\"", await admin.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    });

    private async Task<IPage> OpenAdminAsync()
    {
        var admin = await SignInAsync("admin", "admin");
        await admin.WaitForURLAsync("**/admin");
        return admin;
    }

    /// <summary>The page shows this heading and its circuit is connected, so typed values reach the server and links
    /// are followed by the interactive router (a link clicked before that is fetched as a new page, which drops the
    /// data-blazor mark). A first page of a freshly started app on a busy machine may need more than ten seconds.</summary>
    private static async Task ReadyAsync(IPage page, string heading)
    {
        var slow = TimeSpan.FromSeconds(30).TotalMilliseconds;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1, Exact = true })).ToBeVisibleAsync(new() { Timeout = (float)slow });
        await page.WaitForFunctionAsync("() => document.documentElement.getAttribute('data-blazor') === 'started'", null, new() { Timeout = (float)slow });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = (float)slow });
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    // The MudBlazor field around an input, where its error text is shown.
    private static ILocator FieldBox(ILocator input) =>
        input.Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-input-control ')][1]");

    /// <summary>Opens a settings tab by its name, which may be followed by how many problems it holds.</summary>
    private static async Task OpenTabAsync(IPage page, string name)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^" + Regex.Escape(name)) });
        await tab.ClickAsync();
        await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
    }

    private void DeleteChannelBySql(string slug)
    {
        const string Channel = "(SELECT Id FROM Channels WHERE Slug = '{0}')";
        var channel = string.Format(System.Globalization.CultureInfo.InvariantCulture, Channel, slug);
        Fixture.App.Sql($"""
            DELETE FROM Messages WHERE SessionId IN (SELECT Id FROM Sessions WHERE ChannelId = {channel});
            DELETE FROM TicketEvents WHERE TicketId IN (SELECT Id FROM Tickets WHERE ChannelId = {channel});
            DELETE FROM Tickets WHERE ChannelId = {channel};
            DELETE FROM Sessions WHERE ChannelId = {channel};
            DELETE FROM ChannelMembers WHERE ChannelId = {channel};
            DELETE FROM Channels WHERE Slug = '{slug}';
            """);
    }
}
