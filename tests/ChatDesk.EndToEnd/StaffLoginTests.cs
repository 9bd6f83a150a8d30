using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class StaffLoginTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    // The same words whatever was wrong, so nobody learns which user names exist or which accounts are locked.
    private const string Refused = "Wrong user name or password, or the account is locked. After 5 wrong passwords in a row an account is locked for 15 minutes.";

    [Fact]
    public Task Agent1SignsInAndReachesTheWorkspace() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");

        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Agent workspace" })).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("signed-in-user")).ToHaveTextAsync("Anna Svensson");
    });

    [Fact]
    public Task AWrongPasswordShowsAnErrorAndGivesNoAccess() => RunAsync(async () =>
    {
        var stranger = await SignInAsync("stranger", "agent2", "not-the-password");

        await Expect(stranger.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        await stranger.GotoAsync("/agent");
        await Expect(stranger).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fagent"));
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Agent workspace" })).Not.ToBeVisibleAsync();
    });

    [Fact]
    public Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() => RunAsync(async () =>
    {
        // The lock is lifted at the end so the supervisor tests can still sign in whatever the order.
        try
        {
            await LockSupervisorAsync();
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET LockoutEnd = NULL, AccessFailedCount = 0 WHERE UserName = 'supervisor'");
        }
    });

    private async Task LockSupervisorAsync()
    {
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var guess = await SignInAsync($"guess{attempt}", "supervisor", $"wrong-{attempt}");
            await Expect(guess.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        }
        var fifth = await SignInAsync("guess5", "supervisor", "wrong-5");
        await Expect(fifth.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);

        var rightPassword = await SignInAsync("owner", "supervisor");

        await Expect(rightPassword.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        await rightPassword.GotoAsync("/supervisor");
        await Expect(rightPassword).ToHaveURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public Task Agent1IsRefusedTheAdminArea() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));

        await agent.GotoAsync("/admin");

        await Expect(agent).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Administration" })).Not.ToBeVisibleAsync();
    });

    [Fact]
    public Task AdminMayOpenEveryStaffArea() => RunAsync(async () =>
    {
        var admin = await SignInAsync("admin", "admin");
        await Expect(admin).ToHaveURLAsync(new Regex("/admin$"));

        foreach (var (path, heading) in new[] { ("/agent", "Agent workspace"), ("/supervisor", "Supervisor"), ("/admin", "Administration") })
        {
            await admin.GotoAsync(path);
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        }
    });

    [Fact]
    public Task SigningOutEndsAccess() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));

        var otherTab = await agent.Context.NewPageAsync();
        await otherTab.GotoAsync("/agent");
        await Expect(otherTab.GetByRole(AriaRole.Heading, new() { Name = "Agent workspace" })).ToBeVisibleAsync();

        await agent.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(agent.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have been signed out.");
        // The other open tab is signed out too: the session ended on the server, not only this tab's cookie.
        await Expect(otherTab).ToHaveURLAsync(new Regex("/account/login"));
        await agent.GotoAsync("/agent");
        await Expect(agent).ToHaveURLAsync(new Regex("/account/login"));
    });

    [Fact]
    public Task AFormOnAnotherOriginCannotSignStaffOut() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));
        // Another origin on the same host (another port): the browser even sends the staff cookie along, so only
        // the missing antiforgery token stops the request.
        var attacker = $"http://127.0.0.1:{FreePort.Tcp()}";
        await agent.Context.RouteAsync(attacker + "/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $"""<form method="post" action="{BaseUrl}/account/logout"><button>Claim your prize</button></form>""",
        }));
        await agent.GotoAsync(attacker + "/prize");

        await agent.GetByRole(AriaRole.Button, new() { Name = "Claim your prize" }).ClickAsync();

        await Expect(agent.GetByText("you are still signed in")).ToBeVisibleAsync();
        await agent.GotoAsync(BaseUrl + "/agent");
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));
        await Expect(agent.GetByTestId("signed-in-user")).ToHaveTextAsync("Anna Svensson");
    });
}
