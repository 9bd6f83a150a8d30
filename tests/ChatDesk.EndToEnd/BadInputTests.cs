using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class BadInputTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task HtmlAndScriptInNamesAndMessagesAreShownAsText() => RunAsync(async () =>
    {
        var name = "<img src=x onerror=alert(1)>";
        var (agent, customer) = await ActiveChatAsync(name, "<script>alert('q')</script>");
        var dialogs = 0;
        agent.Dialog += (_, _) => dialogs++;
        customer.Dialog += (_, _) => dialogs++;

        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Chat with " + name })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("<script>alert('q')</script>");
        Assert.Equal(0, await agent.Locator(".message-list img, .message-list script").CountAsync());
        Assert.Equal(0, dialogs);
    });

    [Fact]
    public Task EmojiAndOtherUnicodeArriveIntactAndShiftEnterMakesANewLine() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Unicode Customer");
        var box = Textbox(customer, "Message");

        await box.FillAsync("Hej 👋 Åsa");
        await box.PressAsync("Shift+Enter");
        await box.PressSequentiallyAsync("日本語 ✓");
        await box.PressAsync("Enter");

        var message = agent.GetByRole(AriaRole.Log).Locator("li", new() { HasText = "Hej 👋 Åsa" });
        await Expect(message.Locator(".message-text")).ToHaveTextAsync("Hej 👋 Åsa\n日本語 ✓");
        await Expect(box).ToHaveValueAsync("");
    });

    [Fact]
    public Task TypingIsShownToTheOtherSideBothWays() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Typing Customer");

        await Textbox(customer, "Message").PressSequentiallyAsync("I am wri");
        await Expect(agent.GetByText("Typing Customer is typing…")).ToBeVisibleAsync();
        await Textbox(agent, "Reply").PressSequentiallyAsync("Let me che");
        await Expect(customer.GetByText("Anna is typing…")).ToBeVisibleAsync();

        await Textbox(agent, "Reply").PressAsync("Enter");
        await Expect(customer.GetByText("Anna is typing…")).Not.ToBeVisibleAsync();
    });

    [Fact]
    public Task AFloodOfMessagesIsSlowedDownWithAClearMessageAndNothingIsLost() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Flooding Customer");
        var box = Textbox(customer, "Message");

        for (var i = 1; i <= 6; i++)
        {
            await box.FillAsync($"flood {i}");
            await box.PressAsync("Enter");
            if (i <= 5) await Expect(box).ToHaveValueAsync("");
        }

        await Expect(customer.GetByRole(AriaRole.Alert)).ToHaveTextAsync("You are sending messages too fast. Wait a moment and try again.");
        await Expect(box).ToHaveValueAsync("flood 6");
        var log = agent.GetByRole(AriaRole.Log);
        await Expect(log.Locator("li", new() { HasTextRegex = new Regex("flood [1-5]$") })).ToHaveCountAsync(5);
    });

    [Fact]
    public Task ALongMessageShowsACounterNearTheLimit() => RunAsync(async () =>
    {
        var (_, customer) = await ActiveChatAsync("Long Customer");
        var box = Textbox(customer, "Message");

        await box.FillAsync(new string('a', 3600));

        await Expect(customer.GetByText("3600 / 4000")).ToBeVisibleAsync();
        // The box takes a longer paste whole (MessageLimitTests: it is refused with a message, never cut off).
        Assert.Equal("16000", await box.GetAttributeAsync("maxlength"));
    });

    [Fact]
    public Task AForgedTokenStartsAFreshChatAndShowsNoOtherChat() => RunAsync(async () =>
    {
        var (_, victim) = await ActiveChatAsync("Victim Customer", "My secret order 777");
        var attacker = await OpenAsync("attacker");
        await attacker.GotoAsync("/chat/support");
        await attacker.EvaluateAsync("() => localStorage.setItem('chatdesk:support', 'forged-or-expired-token')");

        await attacker.ReloadAsync();

        await Expect(attacker.GetByLabel("Name")).ToBeVisibleAsync();
        await Expect(attacker.GetByText("My secret order 777")).Not.ToBeVisibleAsync();
        Assert.Null(await attacker.EvaluateAsync<string?>("() => localStorage.getItem('chatdesk:support')"));
        await Expect(victim.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
    });

    [Fact]
    public Task OversizedAndEmptyFieldsGetClearErrorsNextToTheField() => RunAsync(async () =>
    {
        Fixture.App.SetFaqSuggestions("support", false);
        await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");

        await Textbox(customer, "Your question").FocusAsync();
        await Textbox(customer, "Your question").PressAsync("Enter");

        await Expect(customer.Locator("#name-error")).ToHaveTextAsync("Name is required.");
        await Expect(customer.Locator("#email-error")).ToHaveTextAsync("E-mail is required.");
        await Expect(customer.Locator("#question-error, .composer .field-error")).ToHaveTextAsync("Write your question.");
        await customer.GetByLabel("Name").FillAsync(new string('x', 250));
        await customer.GetByLabel("E-mail").FocusAsync();
        await Expect(customer.Locator("#name-error")).ToHaveTextAsync("Name can be at most 200 characters.");
    });
}
