using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class TicketPagesTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AnAgentAnswersASwedishRequestByEmailThenClosesAndReopensIt() => RunAsync(async () =>
    {
        var (number, email) = await LeaveSwedishRequestAsync("Min kaffemaskin läcker vatten.\nDen är två år gammal.");
        var agent = await SignInAsync("agent", "agent1");
        await agent.WaitForURLAsync("**/agent");

        await agent.GotoAsync("/agent/tickets");
        // The caption names the browser's zone once the page is interactive; before that it says UTC.
        await Expect(agent.Locator("caption")).ToContainTextAsync("Times are in Europe/Stockholm");
        var row = agent.Locator($"tr[data-ticket='{number}']");
        await Expect(row).ToContainTextAsync("Märta Åkesson");
        await Expect(row).ToContainTextAsync("Nordhem Kundtjänst");
        await Expect(row).ToContainTextAsync("Chattärende");
        await Expect(row).ToContainTextAsync("Min kaffemaskin läcker vatten.");
        await Expect(row).Not.ToContainTextAsync("två år");
        await AssertNoSeriousViolationsAsync(agent);

        await row.GetByRole(AriaRole.Link, new() { Name = $"#{number}" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = $"Ticket #{number}", Level = 1 })).ToBeVisibleAsync();
        await Expect(agent.GetByText("Times are in Europe/Stockholm.")).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("ticket-customer")).ToContainTextAsync(email);
        await Expect(agent.Locator("pre").First).ToHaveTextAsync("Min kaffemaskin läcker vatten.\nDen är två år gammal.");

        await agent.GetByLabel("Reply to the customer").FillAsync("Hej Märta!\n\nSkicka en bild på <läckan> & modellnumret.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(agent.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Your reply to {email} is on its way.");
        var history = agent.Locator(".ticket-history");
        await Expect(history).ToContainTextAsync("Anna Svensson replied to the customer:");
        await Expect(history).ToContainTextAsync("Skicka en bild på <läckan> & modellnumret.");
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email) && m.Subject == $"Sv: ditt ärende #{number}");
        Assert.Equal($"Sv: ditt ärende #{number}", mail.Subject);
        Assert.StartsWith("Hej Märta!\n\nSkicka en bild på <läckan> & modellnumret.\n\nAnna\nNordhem Kundtjänst", (mail.TextBody ?? "").Replace("\r\n", "\n"));
        Assert.Contains("Skicka en bild på &lt;läckan&gt; &amp; modellnumret.", mail.HtmlBody ?? "");
        await AssertNoSeriousViolationsAsync(agent);

        await agent.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(agent.GetByTestId("ticket-status")).ToHaveTextAsync("Closed");
        await Expect(history).ToContainTextAsync("Anna Svensson changed the status: Open → Closed");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();
        await Expect(agent.GetByTestId("ticket-status")).ToHaveTextAsync("Open");
        await Expect(history).ToContainTextAsync("Anna Svensson changed the status: Closed → Open");

        Assert.Equal("Created,Reply,StatusChanged,StatusChanged", Fixture.App.Scalar(
            $"SELECT group_concat(Kind) FROM (SELECT e.Kind FROM TicketEvents e JOIN Tickets t ON t.Id = e.TicketId WHERE t.Number = {number} ORDER BY e.Id)"));
    });

    [Fact]
    public Task SomeoneOutsideTheChannelFindsNoTrace() => RunAsync(async () =>
    {
        var (number, _) = await LeaveSwedishRequestAsync("Hemlig fråga om min beställning.");
        // The demo administrator may open the agent area but is a member of no channel.
        var admin = await SignInAsync("admin", "admin");
        await admin.WaitForURLAsync("**/admin");

        await admin.GotoAsync($"/agent/tickets/{number}");

        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Ticket not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("ticket-not-found")).ToHaveTextAsync($"There is no ticket #{number} in your channels.");
        await Expect(admin.Locator("main")).Not.ToContainTextAsync("Hemlig");
        await admin.GotoAsync("/agent/tickets?status=all");
        await Expect(admin.GetByTestId("no-tickets")).ToHaveTextAsync("There are no tickets in your channels.");
    });

    /// <summary>The channel is closed, so the Swedish customer page offers the request form; returns the ticket number.</summary>
    private async Task<(string Number, string Email)> LeaveSwedishRequestAsync(string question)
    {
        Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        var customer = await OpenAsync("kund");
        await customer.GotoAsync("/chat/support-sv");
        var email = $"arende-{Guid.NewGuid():N}@{DnsTestServer.AOnlyDomain}";
        await customer.GetByLabel("Namn").FillAsync("Märta Åkesson");
        await customer.GetByLabel("E-post").FillAsync(email);
        await customer.GetByLabel("Din fråga").FillAsync(question);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Skicka ärende" }).ClickAsync();
        var confirmation = customer.GetByText(new Regex(@"Ditt ärende har registrerats\. Ärende-ID: #\d{4}"));
        await Expect(confirmation).ToBeVisibleAsync();
        return (Regex.Match(await confirmation.TextContentAsync() ?? "", @"#(\d+)").Groups[1].Value, email);
    }
}
