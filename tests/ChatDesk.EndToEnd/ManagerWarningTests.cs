using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The manager wait warning reaches the demo supervisor, a manager who may not answer chats (so has no
/// workspace), on the supervisor dashboard.</summary>
public sealed class ManagerWarningTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AManagerWithoutRespondRightsSeesTheWaitWarningOnTheDashboard() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        // The lockout test may have locked the supervisor; warn at once instead of after minutes.
        Fixture.App.Sql("UPDATE AspNetUsers SET LockoutEnd = NULL, AccessFailedCount = 0 WHERE UserName = 'supervisor'");
        Fixture.App.Sql("UPDATE Channels SET WarningMinutes = 0, ManagerWarningMinutes = 0 WHERE Slug = 'support'");
        try
        {
            var supervisor = await SignInAsync("supervisor", "supervisor");
            await supervisor.GotoAsync("/supervisor");
            await WaitUntilInteractiveAsync(supervisor);
            await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");

            await FillPreChatAsync(customer, "Patient Person", "patient.person@" + DnsTestServer.MxDomain, "Anyone there?");

            var warning = supervisor.GetByTestId("manager-warning").Filter(new() { HasText = "Patient Person" });
            await Expect(warning).ToHaveTextAsync("Patient Person has waited more than 0 minutes in the queue. (Nordhem Support)",
                new() { Timeout = 15_000 });
            await AssertNoSeriousViolationsAsync(supervisor, "manager warning");
            // Read from the database: a dashboard opened later shows it too.
            await supervisor.ReloadAsync();
            await Expect(supervisor.GetByTestId("manager-warning").Filter(new() { HasText = "Patient Person" })).ToBeVisibleAsync();
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET WarningMinutes = 2, ManagerWarningMinutes = 5 WHERE Slug = 'support'");
        }
    });
}
