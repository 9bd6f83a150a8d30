using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class EndFormAndTicketTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheTranscriptArrivesAtTheSmtpServerWithTheWholeChat() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer", timezoneId: "Asia/Tokyo");
        await customer.GotoAsync("/chat/support");
        var email = $"transcript-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        await FillPreChatAsync(customer, "Transcript Tester", email, "Can I get a copy?");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Transcript Tester" }).ClickAsync();
        await Textbox(customer, "Message").FillAsync("Please send me <the log> & thanks");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Please send me <the log> & thanks");
        await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();

        await Expect(customer.GetByLabel("Your e-mail address")).ToHaveValueAsync(email);
        await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();

        await Expect(customer.GetByText(new Regex($"The chat log was sent to {Regex.Escape(email)} at \\d\\d:\\d\\d"))).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.StartsWith("Your chat with Nordhem Support on", mail.Subject);
        Assert.Contains("Hi Transcript Tester", mail.TextBody);
        Assert.Contains("Please send me <the log> & thanks", mail.TextBody);
        Assert.Contains("Please send me &lt;the log&gt; &amp; thanks", mail.HtmlBody);
        Assert.Contains("Can I get a copy?", mail.TextBody);
    });

    [Fact]
    public Task ATranscriptRequestedWhileTheSmtpServerIsDownArrivesWhenItIsBack() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        var email = $"outage-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        await FillPreChatAsync(customer, "Outage Tester", email, "Is the mail server up?");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Outage Tester" }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "End chat" }).ClickAsync();
        await Fixture.Smtp.StopAsync();
        try
        {
            await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();
            await Expect(customer.GetByText("We could not send the chat log yet. We will keep trying.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        }
        finally
        {
            await Fixture.Smtp.StartAsync();
        }

        await Expect(customer.GetByText(new Regex($"The chat log was sent to {Regex.Escape(email)}"))).ToBeVisibleAsync(new() { Timeout = 40_000 });
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Contains("Is the mail server up?", mail.TextBody);
    });

    [Fact]
    public Task ReturningFromTheEndFormReopensTheChatAndTellsTheAgent() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent2");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Returning Customer", "back@" + DnsTestServer.MxDomain, "One more thing");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Returning Customer" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();
        await Expect(agent.GetByText("The customer ended the chat.")).ToBeVisibleAsync();

        await customer.GetByRole(AriaRole.Button, new() { Name = "Return to chat" }).ClickAsync();

        await Expect(customer.GetByText("You are chatting with Oskar")).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Customer returned to the chat");
        await Textbox(customer, "Message").FillAsync("I'm back");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("I'm back");
    });

    [Fact]
    public Task OutsideOpeningHoursASwedishCustomerLeavesARequestAndSeesItsTicketId() => RunAsync(async () =>
    {
        Prepare();
        Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        var customer = await OpenAsync("kund");
        await customer.GotoAsync("/chat/support-sv");
        var email = $"arende-{Guid.NewGuid():N}@{DnsTestServer.AOnlyDomain}";

        await customer.GetByLabel("Namn").FillAsync("Märta Åkesson");
        await customer.GetByLabel("E-post").FillAsync(email);
        await customer.GetByLabel("Din fråga").FillAsync("Min kaffemaskin läcker vatten.");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Skicka ärende" }).ClickAsync();

        var confirmation = customer.GetByText(new Regex(@"Ditt ärende har registrerats\. Ärende-ID: #\d{4}"));
        await Expect(confirmation).ToBeVisibleAsync();
        var number = Regex.Match(await confirmation.TextContentAsync() ?? "", @"#(\d+)").Groups[1].Value;
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email), TimeSpan.FromSeconds(20));
        Assert.Equal($"Vi har tagit emot ditt ärende #{number}", mail.Subject);
        Assert.Contains("Hej Märta Åkesson", mail.TextBody);
        Assert.Contains("Min kaffemaskin läcker vatten.", mail.TextBody);
        Assert.Equal("Chattärende", Fixture.App.Scalar($"SELECT Category FROM Tickets WHERE Number = {number}"));
    });

    [Fact]
    public Task AfterTheQueueFallbackTheCustomerCanLeaveARequestInstead() => RunAsync(async () =>
    {
        Prepare();
        Fixture.App.Sql("UPDATE Channels SET QueueFallbackLength = 1 WHERE Slug = 'support'");
        try
        {
            await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");
            await FillPreChatAsync(customer, "Patient Customer", "patient@" + DnsTestServer.MxDomain, "Nobody answers");

            await customer.GetByRole(AriaRole.Button, new() { Name = "Leave a request" }).ClickAsync();
            await Expect(customer.GetByLabel("Your question")).ToHaveValueAsync("Nobody answers");
            await customer.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

            await Expect(customer.GetByText(new Regex(@"Your request has been registered\. Ticket ID: #\d{4}"))).ToBeVisibleAsync();
            await customer.ReloadAsync();
            await Expect(customer.GetByText(new Regex(@"Ticket ID: #\d{4}"))).ToBeVisibleAsync();
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET QueueFallbackLength = 15 WHERE Slug = 'support'");
        }
    });

    private void Prepare()
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
    }
}
