using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The whole customer journey with the keyboard alone: Tab, Shift+Tab, typing, ENTER, Space and the
/// arrow keys (a file chosen in the browser's own chooser); no click and no programmatic focus on the customer's side (the agent may use the mouse).</summary>
public sealed class KeyboardJourneyTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task ACustomerGoesFromTheFormToTheTranscriptByKeyboardAlone() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", true);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await WaitUntilInteractiveAsync(customer);
        var keys = customer.Keyboard;

        await TabToAsync(customer, customer.GetByLabel("Name"));
        await keys.TypeAsync("Kim Keys");
        await TabToAsync(customer, customer.GetByLabel("E-mail"));
        await keys.TypeAsync("kim@" + DnsTestServer.MxDomain);
        await TabToAsync(customer, Textbox(customer, "Your question"));
        await keys.TypeAsync("How do I reset my password?");
        await keys.PressAsync("Enter");

        await Expect(customer.Locator(".faq-list")).ToBeVisibleAsync();
        await TabToAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "Start chat" }));
        await keys.PressAsync("Enter");
        await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();

        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Kim Keys" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await TabToAsync(customer, Textbox(customer, "Message"));
        await keys.TypeAsync("Typed without a mouse");
        await keys.PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Typed without a mouse");

        // Attach: Tab to the button, Enter opens the browser's file chooser (the one step outside the page).
        var chooser = FileChoosers.Next(customer);
        await TabToAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "Attach a file" }));
        await keys.PressAsync("Enter");
        await (await chooser.Within()).SetFilesAsync(new FilePayload { Name = "receipt.txt", MimeType = "text/plain", Buffer = "Order 4711, paid\n"u8.ToArray() });
        await Expect(customer.GetByRole(AriaRole.Log).GetByRole(AriaRole.Link, new() { Name = "receipt.txt" })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Log).GetByRole(AriaRole.Link, new() { Name = "receipt.txt" })).ToBeVisibleAsync();

        // The End chat button sits above the messages: Shift+Tab goes back to it.
        await TabToAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }), backwards: true);
        await keys.PressAsync("Enter");
        await TabToAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }));
        await keys.PressAsync("Space");
        await Expect(customer.GetByText("You ended the chat.")).ToBeVisibleAsync();

        await TabToAsync(customer, customer.GetByLabel("1 of 5 stars"));
        await keys.PressAsync("Space");
        await keys.PressAsync("ArrowRight");
        await keys.PressAsync("ArrowRight");
        await keys.PressAsync("ArrowRight");
        await keys.PressAsync("ArrowRight");
        await Expect(customer.GetByLabel("5 of 5 stars")).ToBeCheckedAsync();
        await TabToAsync(customer, customer.GetByLabel("Comment (optional)"));
        await keys.TypeAsync("Quick and kind");
        await TabToAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "Send rating" }));
        await keys.PressAsync("Enter");
        await Expect(customer.GetByRole(AriaRole.Img, new() { Name = "5 of 5 stars" })).ToBeVisibleAsync();
        Assert.Equal("Quick and kind", Fixture.App.Scalar("SELECT RatingComment FROM Sessions WHERE Customer_Name = 'Kim Keys' ORDER BY Id DESC LIMIT 1"));

        await TabToAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }));
        await keys.PressAsync("Enter");
        await Expect(customer.GetByText(new Regex("^The chat log was sent to kim@"))).ToBeVisibleAsync(new() { Timeout = 30_000 });
    });

    /// <summary>Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, bool backwards = false)
    {
        await Expect(target).ToBeVisibleAsync();
        for (var presses = 0; presses < 40; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }
        Assert.Fail($"Tab never reached {target}");
    }
}
