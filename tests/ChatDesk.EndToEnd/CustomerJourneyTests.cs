using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class CustomerJourneyTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task ACustomerChatsWithAnAgentUntilTheAgentEndsIt() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");

        await FillPreChatAsync(customer, "Åsa Öberg", "asa@" + DnsTestServer.MxDomain, "Where is my order 1234?");
        await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();

        var item = agent.Locator(".queue-item", new() { HasText = "Åsa Öberg" });
        await Expect(item).ToContainTextAsync("Where is my order 1234?");
        await item.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Åsa Öberg" }).ClickAsync();

        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Hi, I'm Anna. Thanks for waiting");

        await Textbox(customer, "Message").FillAsync("It was due <b>yesterday</b> 📦");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("It was due <b>yesterday</b> 📦");

        await Textbox(agent, "Reply").FillAsync("It ships today: https://nordhem.example/track/1234");
        await Textbox(agent, "Reply").PressAsync("Enter");
        var link = customer.GetByRole(AriaRole.Link, new() { Name = "https://nordhem.example/track/1234" });
        await Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");

        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "End chat" }).ClickAsync();

        await Expect(customer.GetByText("The agent ended the chat.")).ToBeVisibleAsync();
        await customer.GetByLabel("5 of 5").CheckAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send rating" }).ClickAsync();
        await Expect(customer.GetByText("Thank you for your rating!")).ToBeVisibleAsync();
    });

    [Fact]
    public Task WithThePreChatFormOffTheCustomerOnlyAsksTheQuestion() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.Sql("UPDATE Channels SET PreChat_Enabled = 0 WHERE Slug = 'support'");
        try
        {
            var agent = await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");

            await Expect(Textbox(customer, "Your question")).ToBeVisibleAsync();
            await Expect(customer.GetByLabel("Name")).ToHaveCountAsync(0);
            await Expect(customer.GetByLabel("E-mail")).ToHaveCountAsync(0);
            await Textbox(customer, "Your question").FillAsync("Do you ship to Norway?");
            await Textbox(customer, "Your question").PressAsync("Enter");

            await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
            await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Visitor" }).ClickAsync();
            await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET PreChat_Enabled = 1 WHERE Slug = 'support'");
        }
    });

    [Fact]
    public Task TheQueuePositionMovesUpWhenTheChatAheadIsTaken() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        var agent = await OpenWorkspaceAsync("agent", "agent2");
        var first = await OpenAsync("first");
        var second = await OpenAsync("second");
        await first.GotoAsync("/chat/support");
        await FillPreChatAsync(first, "First Customer", "first@" + DnsTestServer.MxDomain, "Question one");
        await Expect(first.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
        await second.GotoAsync("/chat/support");
        await FillPreChatAsync(second, "Second Customer", "second@" + DnsTestServer.AOnlyDomain, "Question two");
        await Expect(second.GetByText("You are number 2 in the queue.")).ToBeVisibleAsync();

        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from First Customer" }).ClickAsync();

        await Expect(second.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
        await Expect(first.GetByText("You are chatting with Oskar")).ToBeVisibleAsync();
    });

    [Fact]
    public Task WhenTwoAgentsAcceptTheSameChatExactlyOneWins() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        var anna = await OpenWorkspaceAsync("anna", "agent1");
        var oskar = await OpenWorkspaceAsync("oskar", "agent2");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Race Customer", "race@" + DnsTestServer.MxDomain, "Who gets me?");
        var annaAccept = anna.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Race Customer" });
        var oskarAccept = oskar.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Race Customer" });
        await Expect(annaAccept).ToBeVisibleAsync();
        await Expect(oskarAccept).ToBeVisibleAsync();

        // Both browsers click at the same wall-clock instant (same machine clock): a real race at the server.
        var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 500;
        const string clickAt = "(b, at) => setTimeout(() => b.click(), at - Date.now())";
        await annaAccept.EvaluateAsync(clickAt, at);
        await oskarAccept.EvaluateAsync(clickAt, at);

        var annaWon = anna.GetByRole(AriaRole.Heading, new() { Name = "Chat with Race Customer" });
        var oskarWon = oskar.GetByRole(AriaRole.Heading, new() { Name = "Chat with Race Customer" });
        await Expect(customer.GetByText(new Regex("You are chatting with (Anna|Oskar)"))).ToBeVisibleAsync();
        // The winner's conversation view and the loser's notice arrive in their own time: wait for both.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await annaWon.CountAsync() + await oskarWon.CountAsync() == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        var loser = await annaWon.CountAsync() == 1 ? oskar : anna;
        // The loser's click either reached the server after the pickup (they are told it was taken) or never fired,
        // because their queue had already dropped the chat: either way the chat is not theirs and not offered to them.
        await Expect(loser.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Race Customer" })).ToHaveCountAsync(0);
        if (await loser.GetByRole(AriaRole.Alert).CountAsync() > 0)
            await Expect(loser.GetByRole(AriaRole.Alert)).ToContainTextAsync("already taken by another agent");
        Assert.Equal(1, await annaWon.CountAsync() + await oskarWon.CountAsync());
    });

    [Fact]
    public Task AReloadResumesTheChatWithEveryMessageOnce() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Reload Customer", "reload@" + DnsTestServer.MxDomain, "First question");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Reload Customer" }).ClickAsync();
        await Textbox(customer, "Message").FillAsync("Before reload");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Before reload");

        await customer.ReloadAsync();

        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        var log = customer.GetByRole(AriaRole.Log);
        await Expect(log.Locator("li", new() { HasText = "Before reload" })).ToHaveCountAsync(1);
        await Expect(log.Locator("li", new() { HasText = "First question" })).ToHaveCountAsync(1);
        await Textbox(agent, "Reply").FillAsync("After reload");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await Expect(log.Locator("li", new() { HasText = "After reload" })).ToHaveCountAsync(1);
    });

    [Theory]
    [InlineData("asa@" + DnsTestServer.NullMxDomain, "The domain nullmx.chatdesk.test does not accept e-mail.")]
    [InlineData("asa@" + DnsTestServer.MissingDomain, "The domain missing.chatdesk.test does not exist or cannot receive e-mail.")]
    [InlineData("asa@@example", "Enter a valid e-mail address, like name@example.com.")]
    public Task ABadEmailIsRefusedNextToTheField(string email, string error) => RunAsync(async () =>
    {
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");

        await customer.GetByLabel("Name").FillAsync("Åsa");
        await customer.GetByLabel("E-mail").FillAsync(email);
        await customer.GetByLabel("Name").FocusAsync();

        await Expect(customer.Locator("#email-error")).ToHaveTextAsync(error);
        await customer.GetByLabel("Your question").FillAsync("Hello?");
        await Textbox(customer, "Your question").PressAsync("Enter");
        await Expect(customer.Locator("#email-error")).ToHaveTextAsync(error);
        await Expect(customer.GetByText(new Regex("in the queue"))).Not.ToBeVisibleAsync();
    });
}
