using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The redesigned customer page: the channel's colour on its accents, a message pane that scrolls on its
/// own under a composer that stays in view, the star rating, and axe on the new states in Swedish.</summary>
public sealed partial class CustomerPageDesignTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheSwedishChannelsSendButtonWearsItsGreenAndEveryStateHasNoSeriousViolations() => RunAsync(async () =>
    {
        var (agent, customer) = await SwedishChatAsync("Greta Grön");
        try
        {
            var color = Fixture.App.Scalar("SELECT Look_Color FROM Channels WHERE Slug = 'support-sv'");
            Assert.Equal("#2e7d32", color.ToLowerInvariant());
            var send = customer.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true });
            await Expect(send).ToHaveCSSAsync("background-color", "rgb(46, 125, 50)");
            await Expect(send).ToHaveCSSAsync("color", "rgb(255, 255, 255)");
            // The customer's own bubble wears it too.
            await Textbox(customer, "Meddelande").FillAsync("Grönt är skönt");
            await Textbox(customer, "Meddelande").PressAsync("Enter");
            var own = customer.Locator(".message-customer", new() { HasText = "Grönt är skönt" });
            await Expect(own).ToHaveCSSAsync("background-color", "rgb(46, 125, 50)");
            await Expect(customer.Locator(".agent-bar .agent-initials")).ToHaveTextAsync("O");
            await AssertNoSeriousViolationsAsync(customer, "Swedish chat");

            await customer.GetByRole(AriaRole.Button, new() { Name = "Avsluta chatt" }).ClickAsync();
            await customer.GetByRole(AriaRole.Button, new() { Name = "Ja, avsluta chatten" }).ClickAsync();
            await Expect(customer.GetByText("Du avslutade chatten.")).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(customer, "Swedish end form");

            await customer.GetByLabel("3 av 5 stjärnor").CheckAsync();
            await customer.GetByRole(AriaRole.Button, new() { Name = "Skicka betyg" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Img, new() { Name = "3 av 5 stjärnor" })).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(customer, "Swedish rating given");
        }
        finally
        {
            Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        }
    });

    [Fact]
    public Task TheSwedishPreChatFormMarksTheQuestionRequiredAndHasNoSeriousViolations() => RunAsync(async () =>
    {
        Fixture.App.SetHours("support-sv", AppServer.AlwaysOpen);
        try
        {
            await OpenWorkspaceAsync("agent", "agent2");
            var customer = await OpenAsync("kund");
            await customer.GotoAsync("/chat/support-sv");
            await Expect(Textbox(customer, "Din fråga")).ToHaveAttributeAsync("aria-required", "true");
            await Expect(customer.Locator("label[for=question] .required-mark")).ToBeVisibleAsync();
            await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Starta chatt" })).ToHaveCSSAsync("background-color", "rgb(46, 125, 50)");
            await Textbox(customer, "Din fråga").PressAsync("Enter");
            await Expect(customer.Locator("#name-error")).Not.ToBeEmptyAsync();
            await AssertNoSeriousViolationsAsync(customer, "Swedish pre-chat form with errors");
        }
        finally
        {
            Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        }
    });

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public Task AfterFiftyMessagesTheComposerIsStillInViewAndOnlyThePaneScrolls(int width, int height) => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Fifty Lines");
        await customer.SetViewportSizeAsync(width, height);
        for (var i = 1; i <= 50; i++)
        {
            await Textbox(agent, "Reply").FillAsync($"Line {i} of the agent's long answer");
            await Textbox(agent, "Reply").PressAsync("Enter");
        }
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Line 50 of the agent's long answer", new() { Timeout = 30_000 });

        await Expect(Textbox(customer, "Message")).ToBeInViewportAsync();
        await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true })).ToBeInViewportAsync();
        await Expect(customer.GetByRole(AriaRole.Log).Locator("li").Last).ToBeInViewportAsync();
        // The page does not scroll; the message pane does.
        Assert.True(await customer.EvaluateAsync<bool>("() => document.scrollingElement.scrollHeight <= window.innerHeight + 1"));
        Assert.True(await customer.Locator(".message-scroll").EvaluateAsync<bool>("e => e.scrollHeight > e.clientHeight"));
    });

    [Fact]
    public Task TheStarRatingIsChosenWithTheArrowKeysAndSentWithEnter() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Star Keys");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = "End chat" }).ClickAsync();
        await Expect(customer.GetByText("The agent ended the chat.")).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Group, new() { Name = "How would you rate the chat?" })).ToBeVisibleAsync();

        await customer.GetByLabel("1 of 5 stars").FocusAsync();
        await customer.Keyboard.PressAsync("Space");
        await Expect(customer.GetByLabel("1 of 5 stars")).ToBeCheckedAsync();
        await customer.Keyboard.PressAsync("ArrowRight");
        await customer.Keyboard.PressAsync("ArrowRight");
        await customer.Keyboard.PressAsync("ArrowRight");
        await Expect(customer.GetByLabel("4 of 5 stars")).ToBeCheckedAsync();
        await Expect(customer.Locator(".star-filled")).ToHaveCountAsync(4);
        await customer.Keyboard.PressAsync("ArrowLeft");
        await Expect(customer.GetByLabel("3 of 5 stars")).ToBeCheckedAsync();
        await customer.Keyboard.PressAsync("ArrowRight");
        await customer.Keyboard.PressAsync("Enter");

        await Expect(customer.GetByText("Thank you for your rating!")).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Img, new() { Name = "4 of 5 stars" })).ToHaveTextAsync("★★★★☆");
        Assert.Equal("4", Fixture.App.Scalar("SELECT Rating FROM Sessions WHERE Customer_Name = 'Star Keys' ORDER BY Id DESC LIMIT 1"));
        await AssertNoSeriousViolationsAsync(customer, "rating given");
    });

    [Fact]
    public Task TheEnglishPageHasItsOwnReconnectingBannerAndNeverBlazorsOverlay() => RunAsync(async () =>
    {
        var (_, customer) = await ActiveChatAsync("Banner Reader");
        var banner = customer.GetByText("Connection lost – reconnecting…");
        await Expect(banner).ToBeHiddenAsync();

        await customer.Context.SetOfflineAsync(true);

        await Expect(banner).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Expect(customer.Locator("#components-reconnect-modal")).ToHaveCountAsync(0);
        // The composer stays usable under the banner: typing goes on while the connection is down.
        await Expect(Textbox(customer, "Message")).ToBeEditableAsync();
        await customer.Context.SetOfflineAsync(false);
        await Expect(banner).ToBeHiddenAsync(new() { Timeout = 30_000 });
    });

    /// <summary>A live chat on "support-sv" between agent2 (Oskar) and a new Swedish customer.</summary>
    private async Task<(IPage Agent, IPage Customer)> SwedishChatAsync(string name)
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support-sv", false);
        Fixture.App.SetHours("support-sv", AppServer.AlwaysOpen);
        var agent = await OpenWorkspaceAsync("agent", "agent2");
        var customer = await OpenAsync("kund");
        await customer.GotoAsync("/chat/support-sv");
        await customer.GetByLabel("Namn").FillAsync(name);
        await customer.GetByLabel("E-post").FillAsync("kund@" + DnsTestServer.MxDomain);
        await Textbox(customer, "Din fråga").FillAsync("Hej!");
        await Textbox(customer, "Din fråga").PressAsync("Enter");
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {name}" }).ClickAsync();
        await Expect(customer.GetByText("Du chattar med Oskar")).ToBeVisibleAsync();
        await Expect(Textbox(customer, "Meddelande")).ToBeVisibleAsync();
        return (agent, customer);
    }
}
