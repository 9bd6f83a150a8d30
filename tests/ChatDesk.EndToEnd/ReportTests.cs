using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class ReportTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheReportShowsTodaysChatAndItsTableDownloadsAsCsv() => RunAsync(async () =>
    {
        await ActiveChatAsync("Reported Customer");
        var supervisor = await SignInAsync("supervisor", "admin");
        await supervisor.GotoAsync("/supervisor/reports");
        await WaitUntilInteractiveAsync(supervisor);
        await Expect(supervisor.GetByTestId("report-note")).ToContainTextAsync("calendar days in Europe/Stockholm");

        var stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, stockholm).ToString("yyyy-MM-dd");
        await supervisor.GetByLabel("From", new() { Exact = true }).FillAsync(today);
        await supervisor.GetByLabel("To", new() { Exact = true }).FillAsync(today);
        await supervisor.GetByLabel("Channel", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Nordhem Support" });
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

        await Expect(supervisor).ToHaveURLAsync(new Regex($"from={today}&to={today}&channel=\\d+"));
        await Expect(supervisor.GetByTestId("report-period")).ToContainTextAsync("Nordhem Support");
        var agents = supervisor.GetByRole(AriaRole.Table, new() { Name = "Chats per agent" });
        await Expect(agents.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(@"^Anna Svensson [1-9]") })).ToBeVisibleAsync();
        var hours = supervisor.GetByRole(AriaRole.Table, new() { Name = "Load per hour of day" });
        await Expect(hours.GetByRole(AriaRole.Row)).ToHaveCountAsync(25); // heading row and hours 00–23
        await Expect(supervisor.GetByRole(AriaRole.Table, new() { Name = "Chats per channel" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(2);

        var download = await supervisor.RunAndWaitForDownloadAsync(() =>
            supervisor.GetByRole(AriaRole.Link, new() { Name = "Download “Chats per agent” as CSV" }).ClickAsync());

        Assert.Equal($"chatdesk-agents-{today}-to-{today}.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("Agent,Chats,Average handling time (s),Average rating\r\n", csv);
        Assert.Matches(new Regex(@"\r\nAnna Svensson,[1-9]\d*,"), csv);
        await AssertNoSeriousViolationsAsync(supervisor);
    });

    [Fact]
    public Task AnEndDateBeforeTheStartDateIsExplained() => RunAsync(async () =>
    {
        var supervisor = await SignInAsync("supervisor", "admin");
        await supervisor.GotoAsync("/supervisor/reports?from=2026-11-03&to=2026-11-02");
        await WaitUntilInteractiveAsync(supervisor);

        await Expect(supervisor.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The end date is before the start date.");
        await Expect(supervisor.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await AssertNoSeriousViolationsAsync(supervisor, "with the range error");
    });

    [Fact]
    public Task AnAgentReachesNeitherTheReportsNorTheirCsv() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");
        await agent.WaitForURLAsync("**/agent");

        await agent.GotoAsync("/supervisor/reports");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        var csv = await agent.APIRequest.GetAsync("/supervisor/reports/agents.csv?from=2026-11-02&to=2026-11-02",
            new() { MaxRedirects = 0 });
        Assert.Equal(302, csv.Status);
        Assert.StartsWith("/account/access-denied", new Uri(new Uri(BaseUrl), csv.Headers["location"]).PathAndQuery);
    });
}
