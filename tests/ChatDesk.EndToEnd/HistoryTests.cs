using System.Globalization;
using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 13, point 4: earlier chats open from the customer panel, conversation search, internal notes.</summary>
public sealed class HistoryTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private void Prepare()
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetHours("support", AppServer.AlwaysOpen);
    }

    /// <summary>A customer with this address starts a chat and agent1 accepts it.</summary>
    private async Task<IPage> ChatAsync(IPage agent, string name, string email, string question)
    {
        var customer = await OpenAsync("customer " + question);
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, name, email, question);
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {name}" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        return customer;
    }

    private static async Task EndByCustomerAsync(IPage customer)
    {
        await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();
    }

    [Fact]
    public Task AnEarlierChatOpensFromTheCustomerPanelAndTheSearchFindsItByAWord() => RunAsync(async () =>
    {
        Prepare();
        var word = "Quokka" + Guid.NewGuid().ToString("N")[..6];
        var email = $"history-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var first = await ChatAsync(agent, "Hedda Historia", email, $"My {word} kettle leaks");
        await EndByCustomerAsync(first);
        var ticks = long.Parse(Fixture.App.Scalar(
            $"SELECT RequestedAt FROM Sessions WHERE Customer_Email = '{email}'"), CultureInfo.InvariantCulture);
        var stockholm = TimeZoneInfo.ConvertTime(new DateTimeOffset(ticks, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));

        await ChatAsync(agent, "Hedda Again", email, "Back with another question");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Chat with Hedda Again" })).ToBeVisibleAsync();

        // (a) The panel's times are the agent's (the browser is in Stockholm), not UTC.
        await Expect(agent.GetByText("Times are in Europe/Stockholm.")).ToBeVisibleAsync();
        var earlier = agent.GetByTestId("earlier-chats").GetByRole(AriaRole.Button, new() { Name = stockholm.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) });
        await earlier.ClickAsync();

        var record = agent.GetByTestId("chat-record");
        await Expect(record).ToContainTextAsync($"My {word} kettle leaks");
        await Expect(record).ToContainTextAsync("Read-only");
        // The live chat beside it is untouched: its reply box is still there.
        await Expect(Textbox(agent, "Reply")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(agent, "earlier chat open in the customer panel");
        await agent.GetByTestId("history-back").ClickAsync();
        await Expect(earlier).ToBeVisibleAsync();

        await agent.GotoAsync("/conversations");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Search conversations", Level = 1 })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(agent);
        await agent.GetByLabel("Words in the chat").FillAsync(word.ToLowerInvariant());
        await agent.GetByTestId("search-button").ClickAsync();
        var results = agent.GetByTestId("search-results");
        await Expect(results.GetByRole(AriaRole.Row)).ToHaveCountAsync(2); // the header and the one chat
        await Expect(results).ToContainTextAsync(email);
        await AssertNoSeriousViolationsAsync(agent, "search results");

        await results.GetByRole(AriaRole.Link, new() { Name = "Hedda Historia" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Earlier conversation", Level = 1 })).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("chat-record")).ToContainTextAsync($"My {word} kettle leaks");
        await AssertNoSeriousViolationsAsync(agent, "earlier conversation page");

        Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'sv' WHERE UserName = 'agent1'");
        try
        {
            await agent.ReloadAsync();
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Tidigare konversation", Level = 1 })).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(agent, "earlier conversation page in Swedish");
            await agent.GotoAsync("/conversations");
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Sök konversationer", Level = 1 })).ToBeVisibleAsync();
            await WaitUntilInteractiveAsync(agent);
            await agent.GetByLabel("Ord i chatten").FillAsync(word);
            await agent.GetByLabel("Från dag").FillAsync("2030-01-02");
            await agent.GetByLabel("Till dag").FillAsync("2030-01-01");
            await agent.GetByTestId("search-button").ClickAsync();
            await Expect(agent.GetByRole(AriaRole.Alert)).ToContainTextAsync("Från-dagen ligger efter till-dagen.");
            // Nothing typed is lost.
            await Expect(agent.GetByLabel("Ord i chatten")).ToHaveValueAsync(word);
            await AssertNoSeriousViolationsAsync(agent, "search with an error in Swedish");
            var current = Fixture.App.Scalar($"SELECT Id FROM Sessions WHERE Customer_Email = '{email}' AND Customer_Name = 'Hedda Again'");
            await agent.GotoAsync($"/agent?chat={current}");
            await Expect(agent.GetByTestId("earlier-chats")).ToBeVisibleAsync();
            await WaitUntilInteractiveAsync(agent);
            await agent.GetByTestId("earlier-chats").GetByRole(AriaRole.Button).First.ClickAsync();
            await Expect(agent.GetByTestId("chat-record")).ToContainTextAsync("Skrivskyddad");
            await AssertNoSeriousViolationsAsync(agent, "earlier chat in the customer panel in Swedish");
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'en' WHERE UserName = 'agent1'");
        }
    });

    [Fact]
    public Task AnInternalNoteReachesStaffButNeitherTheCustomerPageNorTheTranscriptMail() => RunAsync(async () =>
    {
        Prepare();
        var note = "VIP, refund approved " + Guid.NewGuid().ToString("N")[..8];
        var email = $"notes-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await ChatAsync(agent, "Noted Customer", email, "Where is my refund?");

        await agent.GetByLabel("Internal note (staff only)").FillAsync(note);
        await agent.GetByTestId("add-note").ClickAsync();
        await Expect(agent.GetByTestId("internal-note")).ToContainTextAsync(note);
        await Expect(agent.GetByRole(AriaRole.Status).Filter(new() { HasText = "Note added. Only staff can see it." })).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(agent, "agent view with an internal note");

        // A supervisor listening in sees it too, live.
        var supervisor = await SignInAsync("supervisor", "supervisor");
        await Expect(supervisor).ToHaveURLAsync(new Regex("/supervisor$"));
        var chatId = Fixture.App.Scalar($"SELECT Id FROM Sessions WHERE Customer_Email = '{email}'");
        await supervisor.GotoAsync($"/supervisor/chats/{chatId}");
        await Expect(supervisor.GetByTestId("internal-note")).ToContainTextAsync(note);
        await agent.GetByLabel("Internal note (staff only)").FillAsync("Second note, added while listened to");
        await agent.GetByTestId("add-note").ClickAsync();
        await Expect(supervisor.GetByTestId("internal-note")).ToHaveCountAsync(2);
        Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'sv' WHERE UserName = 'supervisor'");
        try
        {
            await supervisor.ReloadAsync();
            await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Interna anteckningar" })).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(supervisor, "listening in with internal notes in Swedish");
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'en' WHERE UserName = 'supervisor'");
        }

        await Textbox(agent, "Reply").FillAsync("Your refund is on its way");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Your refund is on its way");
        await Expect(customer.Locator("body")).Not.ToContainTextAsync(note);
        await Expect(customer.Locator("body")).Not.ToContainTextAsync("Second note");

        await EndByCustomerAsync(customer);
        await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();
        await Expect(customer.GetByText(new Regex($"The chat log was sent to {Regex.Escape(email)}"))).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Contains("Your refund is on its way", mail.TextBody);
        Assert.DoesNotContain(note, mail.TextBody + mail.HtmlBody);
        Assert.DoesNotContain("Second note", mail.TextBody + mail.HtmlBody);
        await Expect(customer.Locator("body")).Not.ToContainTextAsync(note);

        // Staff still read it afterwards, marked as internal, in the chat's record.
        await agent.GotoAsync($"/conversations/{chatId}");
        var recorded = agent.GetByTestId("record-note");
        await Expect(recorded).ToHaveCountAsync(2);
        await Expect(recorded.First).ToContainTextAsync("Internal note");
        await Expect(recorded.First).ToContainTextAsync(note);
    });
}
