using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class StaffAdminTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private const string Password = "Fresh-Agent-7";

    [Fact]
    public Task AnAdminCreatesAnAgentWhoSignsInAndIsSignedOutWhenDisabled() => RunAsync(async () =>
    {
        var userName = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        var admin = await OpenStaffPageAsync();

        await CreateAgentAsync(admin, userName);

        var row = admin.Locator($"tr[data-user='{userName}']");
        await Expect(row).ToContainTextAsync("Agent");
        await Expect(row).ToContainTextAsync("Active");

        var agent = await SignInAsync("new-agent", userName, Password);
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Agent workspace" })).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("signed-in-user")).ToHaveTextAsync("Nils Nyberg");
        await WaitUntilInteractiveAsync(agent);

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Disable {userName}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Disable user" }).ClickAsync();
        await Expect(admin.GetByTestId("staff-status")).ToHaveTextAsync($"{userName} is disabled and has been signed out.");
        await Expect(row).ToContainTextAsync("Disabled");

        // The open workspace is signed out at once (not at the next one-minute revalidation).
        await Expect(agent).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 10_000 });
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Sign in to ChatDesk" })).ToBeVisibleAsync();
        await agent.GotoAsync("/agent");
        await Expect(agent).ToHaveURLAsync(new Regex("/account/login"));

        await agent.GetByLabel("User name").FillAsync(userName);
        await agent.GetByLabel("Password").FillAsync(Password);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The same answer as a wrong password: the sign-in page does not tell outsiders which accounts exist.
        await Expect(agent.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong user name or password, or the account is locked. After 5 wrong passwords in a row an account is locked for 15 minutes.");
        await agent.GotoAsync("/agent");
        await Expect(agent).ToHaveURLAsync(new Regex("/account/login"));

        await admin.GotoAsync("/admin/audit");
        var created = admin.GetByTestId("audit-row").Filter(new() { HasText = $"user {userName}" });
        await Expect(created.Filter(new() { HasText = "created" })).ToContainTextAsync("Roles: Agent");
        await Expect(created.Filter(new() { HasText = "disabled" })).ToContainTextAsync("Disabled: False → True");
        await Expect(created.First).Not.ToContainTextAsync(Password);
    });

    [Fact]
    public Task AnAdminEditsAUserAndGivesThemAGeneratedPasswordShownOnce() => RunAsync(async () =>
    {
        var userName = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        var admin = await OpenStaffPageAsync();
        await CreateAgentAsync(admin, userName);
        var row = admin.Locator($"tr[data-user='{userName}']");

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Edit {userName}" }).ClickAsync();
        await Expect(admin.GetByLabel("User name")).ToHaveValueAsync(userName);
        await admin.GetByLabel("Display name").FillAsync("Nils Renamed");
        await admin.GetByLabel("Capacity (chats at once)").FillAsync("9");
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "Supervisor", Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.GetByTestId("staff-status")).ToHaveTextAsync($"{userName} was saved.");
        await Expect(row).ToContainTextAsync("Nils Renamed (Nisse)");
        await Expect(row).ToContainTextAsync("Supervisor, Agent");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("9");

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Reset password for {userName}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Generate a password" }).ClickAsync();
        var generated = (await admin.GetByTestId("generated-password").TextContentAsync())!.Trim();
        await Expect(admin.GetByText("Copy it now: it is not shown again.")).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(admin.GetByTestId("generated-password")).ToHaveCountAsync(0);

        var user = await SignInAsync("renamed", userName, generated);
        await Expect(user).ToHaveURLAsync(new Regex("/supervisor$"));
        var old = await SignInAsync("old-password", userName, Password);
        await Expect(old.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong user name or password, or the account is locked. After 5 wrong passwords in a row an account is locked for 15 minutes.");
    });

    [Fact]
    public Task AnInvalidNewUserShowsErrorsAtTheFieldsAndKeepsWhatWasTyped() => RunAsync(async () =>
    {
        var admin = await OpenStaffPageAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "New user" }).ClickAsync();
        await admin.GetByLabel("User name").FillAsync("bad name");
        await admin.GetByLabel("Display name").FillAsync("Kept Value");
        await admin.GetByLabel("Initial password").FillAsync("short");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(admin.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Correct the marked fields.");
        await Expect(admin.GetByText("'User Name' may hold only letters a–z, A–Z, digits and - . _ @ +.")).ToBeVisibleAsync();
        await Expect(admin.GetByText("'Email' must not be empty.")).ToBeVisibleAsync();
        await Expect(admin.GetByText("Use at least 6 characters.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(admin.GetByLabel("Display name")).ToHaveValueAsync("Kept Value");
        await Expect(admin.GetByLabel("User name")).ToHaveValueAsync("bad name");
        await AssertNoSeriousViolationsAsync(admin, "staff form with errors");
    });

    [Fact]
    public Task TheAdminPagesHaveNoSeriousAccessibilityViolations() => RunAsync(async () =>
    {
        var admin = await OpenStaffPageAsync();
        await AssertNoSeriousViolationsAsync(admin, "/admin/staff");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Reset password for agent2" }).ClickAsync();
        await AssertNoSeriousViolationsAsync(admin, "/admin/staff password reset");

        foreach (var path in new[] { "/admin/configuration", "/admin/audit" })
        {
            await admin.GotoAsync(path);
            await AssertNoSeriousViolationsAsync(admin, path);
        }
    });

    [Fact]
    public Task TheAdminCannotDisableThemselves() => RunAsync(async () =>
    {
        var admin = await OpenStaffPageAsync();

        var own = admin.Locator("tr[data-user='admin']");
        await Expect(own).ToContainTextAsync("(you)");
        await Expect(own.GetByRole(AriaRole.Button, new() { Name = "Disable admin" })).ToHaveCountAsync(0);
        await Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Disable agent2" })).ToBeVisibleAsync();
    });

    private async Task<IPage> OpenStaffPageAsync()
    {
        var admin = await SignInAsync("admin", "admin");
        await Expect(admin).ToHaveURLAsync(new Regex("/admin$"));
        await admin.GotoAsync("/admin/staff");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Staff", Level = 1 })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(admin);
        return admin;
    }

    private static async Task CreateAgentAsync(IPage admin, string userName)
    {
        await admin.GetByRole(AriaRole.Button, new() { Name = "New user" }).ClickAsync();
        await admin.GetByLabel("User name").FillAsync(userName);
        await admin.GetByLabel("E-mail").FillAsync(userName + "@example.test");
        await admin.GetByLabel("Display name").FillAsync("Nils Nyberg");
        await admin.GetByLabel("Nickname").FillAsync("Nisse");
        await Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "Agent", Exact = true })).ToBeCheckedAsync();
        await Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "Admin", Exact = true })).Not.ToBeCheckedAsync();
        await admin.GetByLabel("Initial password").FillAsync(Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.GetByTestId("staff-status")).ToHaveTextAsync($"{userName} was created.");
    }
}
