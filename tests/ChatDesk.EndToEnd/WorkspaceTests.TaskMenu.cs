using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class WorkspaceTests
{
    [Fact]
    public Task CreateTicketPutsTheTicketIdInTheComposer() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        await QueueCustomerAsync("Ticket Customer", "My fridge is broken");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Ticket Customer" }).ClickAsync();

        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "Create ticket" }).ClickAsync();
        await agent.GetByLabel("Text to add to the ticket (optional)").FillAsync("Needs a technician visit");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Create the ticket" }).ClickAsync();

        await Expect(Textbox(agent, "Reply")).ToHaveValueAsync(new Regex(@"^I have registered your request as ticket #\d{4}\. We will follow up by e-mail\.$"));
        var number = Regex.Match(await Textbox(agent, "Reply").InputValueAsync(), @"#(\d+)").Groups[1].Value;
        Assert.Contains("Needs a technician visit", Fixture.App.Scalar($"SELECT Question FROM Tickets WHERE Number = {number}"));
        Assert.Contains("My fridge is broken", Fixture.App.Scalar($"SELECT Question FROM Tickets WHERE Number = {number}"));
        await agent.GotoAsync("/agent/tickets?status=all");
        await Expect(agent.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"#?{number}") }).First).ToBeVisibleAsync();
    });

    [Fact]
    public Task ReplyTemplatesAndFaqLinksAreInsertedIntoTheReply() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await QueueCustomerAsync("Template Customer");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Template Customer" }).ClickAsync();

        await agent.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
        await agent.GetByLabel("Search replies and FAQ").FillAsync("Greeting");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Template Greeting" }).ClickAsync();
        await Expect(Textbox(agent, "Reply")).ToHaveValueAsync("Hi Template Customer, thanks for reaching out! Let me look into that for you.");

        await agent.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
        await agent.GetByLabel("Search replies and FAQ").FillAsync("password");
        // The picker opens on the whole list; pick only once the search has narrowed it to the password article.
        await agent.Locator(".insert-choice", new() { HasText = "FAQ" })
            .Filter(new() { HasTextRegex = new Regex("password", RegexOptions.IgnoreCase) }).First.ClickAsync();
        await Expect(Textbox(agent, "Reply")).ToHaveValueAsync(new Regex(@"^Hi Template Customer, .* for you\. .*password.*: http://127\.0\.0\.1:\d+/faq/\d+$", RegexOptions.IgnoreCase));

        await Textbox(agent, "Reply").PressAsync("Enter");
        await Expect(customer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"faq.\d+$") })).ToBeVisibleAsync();
        // The agent's own view of the conversation shows the FAQ link as a link too.
        var ownLink = agent.GetByRole(AriaRole.Log).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"faq.\d+$") });
        await Expect(ownLink).ToHaveAttributeAsync("href", new Regex(@"^http://127\.0\.0\.1:\d+/faq/\d+$"));
    });

    [Fact]
    public Task AnAgentsOwnQuickReplyIsCreatedInsertedAndDeleted() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent2");
        await QueueCustomerAsync("Quick Customer");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Quick Customer" }).ClickAsync();
        var title = $"Refunds {Guid.NewGuid():N}"[..16];

        await agent.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
        await agent.GetByLabel("Title").FillAsync(title);
        await agent.GetByLabel("Text", new() { Exact = true }).FillAsync("Refunds reach your account within 5 working days, {customer.name}.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "New quick reply" }).ClickAsync();
        await agent.GetByLabel("Search replies and FAQ").FillAsync(title);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Quick reply " + title, Exact = true }).ClickAsync();

        await Expect(Textbox(agent, "Reply")).ToHaveValueAsync("Refunds reach your account within 5 working days, Quick Customer.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Delete quick reply " + title }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Quick reply " + title, Exact = true })).Not.ToBeVisibleAsync();
    });

    [Fact]
    public Task SendTranscriptFromTheTaskMenuArrivesAtTheSmtpServer() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await QueueCustomerAsync("Mail Customer", "Please mail me");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Mail Customer" }).ClickAsync();

        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "Send transcript" }).ClickAsync();

        var address = "mail.customer@" + DnsTestServer.MxDomain;
        await Expect(agent.GetByText($"The transcript is on its way to {address}.")).ToBeVisibleAsync();
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == address) && m.TextBody?.Contains("Please mail me") == true);
        Assert.StartsWith("Your chat with Nordhem Support", mail.Subject);
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
    });
}
