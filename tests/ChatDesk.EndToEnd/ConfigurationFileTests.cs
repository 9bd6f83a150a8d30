using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class ConfigurationFileTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheExportDownloadIsJsonWithTheDemoChannelsAndNoPasswords() => RunAsync(async () =>
    {
        var admin = await OpenConfigurationPageAsync();

        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.GetByRole(AriaRole.Link, new() { Name = "Download configuration" }).ClickAsync());

        var json = await File.ReadAllTextAsync(await download.PathAsync());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("chatdesk-config", root.GetProperty("format").GetString());
        Assert.Contains("support", root.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        Assert.Contains("agent1", root.GetProperty("staff").EnumerateArray().Select(s => s.GetProperty("userName").GetString()));
        // Staff entries carry no password, hash or stamp (FAQ article bodies may well mention passwords).
        Assert.All(root.GetProperty("staff").EnumerateArray(), staff => Assert.DoesNotContain(staff.EnumerateObject(),
            p => p.Name.Contains("password", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("hash", StringComparison.OrdinalIgnoreCase)
                 || p.Name.Contains("stamp", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain("AQAAAA", json); // how every Identity v3 password hash starts
    });

    [Fact]
    public Task ImportingAFileWithProblemsListsEachProblemPathAndChangesNothing() => RunAsync(async () =>
    {
        var admin = await OpenConfigurationPageAsync();
        var channelsBefore = Fixture.App.Scalar("SELECT COUNT(*) FROM Channels");
        const string file = """
            {
              "format": "chatdesk-config", "version": 1,
              "staff": [ { "userName": "e2e-config-user", "email": "x@example.test", "displayName": "X", "roles": ["Agent"], "capacity": 99 } ],
              "channels": [
                { "name": "E2E config", "slug": "e2e-config", "hours": { "alwaysOpen": true } },
                { "name": "", "slug": "e2e-config-2", "hours": { "timeZoneId": "Europe/Stockholm",
                  "days": [ { "day": "Monday", "open": "17:00:00", "close": "08:00:00" } ] },
                  "members": [ { "userName": "nobody-here" } ] }
              ]
            }
            """;

        await AdminFiles.ChooseAsync(admin, "Choose a file to import", "broken.json", Encoding.UTF8.GetBytes(file), "application/json");

        await Expect(admin.GetByTestId("import-result")).ToHaveTextAsync("The file has 4 problem(s); nothing was changed:");
        var problems = admin.GetByTestId("import-problems").Locator("li");
        await Expect(problems).ToHaveTextAsync(
        [
            new Regex("^staff\\[0\\]\\.capacity: must be between 1 and 20"),
            new Regex("^channels\\[1\\]\\.members\\[0\\]\\.userName: there is no staff user 'nobody-here'"),
            new Regex("^channels\\[1\\]\\.name: must not be empty"),
            new Regex("^channels\\[1\\]\\.hours\\.days\\[0\\]\\.close: must be after Open"),
        ]);
        Assert.Equal(channelsBefore, Fixture.App.Scalar("SELECT COUNT(*) FROM Channels"));
        Assert.Equal("0", Fixture.App.Scalar("SELECT COUNT(*) FROM AspNetUsers WHERE UserName = 'e2e-config-user'"));
        await AssertNoSeriousViolationsAsync(admin, "import problems shown");
    });

    [Fact]
    public Task ImportingAsksFirstWithWhatTheFileHoldsAndCancelImportsNothing() => RunAsync(async () =>
    {
        var admin = await OpenConfigurationPageAsync();
        const string file = """
            { "format": "chatdesk-config", "version": 1,
              "channels": [ { "name": "E2E confirm", "slug": "e2e-confirm", "hours": { "alwaysOpen": true } },
                            { "name": "Support", "slug": "support", "hours": { "alwaysOpen": true } } ] }
            """;
        var supportHours = Fixture.App.Scalar("SELECT Hours FROM Channels WHERE Slug = 'support'");

        await AdminFiles.ChooseAsync(admin, "Choose a file to import", "two-channels.json", Encoding.UTF8.GetBytes(file), "application/json");

        await Expect(admin.GetByTestId("chosen-file")).ToHaveTextAsync("Chosen file: two-channels.json");
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Import two-channels.json?");
        await Expect(dialog.GetByTestId("confirm-details")).ToContainTextAsync("2 channel(s), 1 of them replacing the settings of an existing channel");
        await Expect(dialog.GetByTestId("confirm-details")).ToContainTextAsync("0 staff user(s)");
        await AssertNoSeriousViolationsAsync(admin, "import confirmation dialog");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("import-result")).ToHaveTextAsync("Import cancelled; nothing was changed.");
        Assert.Equal("0", Fixture.App.Scalar("SELECT COUNT(*) FROM Channels WHERE Slug = 'e2e-confirm'"));
        Assert.Equal(supportHours, Fixture.App.Scalar("SELECT Hours FROM Channels WHERE Slug = 'support'"));
    });

    private async Task<IPage> OpenConfigurationPageAsync()
    {
        var admin = await SignInAsync("admin", "admin");
        await Expect(admin).ToHaveURLAsync(new Regex("/admin$"));
        await admin.GotoAsync("/admin/configuration");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Configuration file", Level = 1 })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(admin);
        return admin;
    }
}
