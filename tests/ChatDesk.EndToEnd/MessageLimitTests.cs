using System.Diagnostics;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 10's message limits as people meet them: an over-long text and a flood from several tabs.</summary>
public sealed class MessageLimitTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private const string TooLong = "Your message has 10000 characters; at most 4000 fit in one message.";

    [Fact]
    public Task ATenThousandCharacterPasteIsRefusedWithTheTextKeptAndTheConnectionStaysUp() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Long Paste Customer");
        var box = Textbox(customer, "Message");
        var sockets = 0;
        customer.WebSocket += (_, _) => sockets++;

        // Half of it characters JSON escapes to six bytes: the box's input event alone is over SignalR's default
        // 32 KB frame, which would drop the connection.
        await box.FillAsync(string.Concat(Enumerable.Repeat("\u0001<", 5_000)));
        await box.PressAsync("Enter");

        await Expect(customer.GetByRole(AriaRole.Alert).Filter(new() { HasText = TooLong })).ToBeVisibleAsync();
        Assert.Equal(10_000, (await box.InputValueAsync()).Length);
        Assert.Equal(0, await customer.Locator(".pending-message").CountAsync());

        // The same connection carries a full-size message of characters JSON escapes or that take 4 bytes each.
        var fullOfEmoji = string.Concat(Enumerable.Repeat("😀", 2000));
        await box.FillAsync(fullOfEmoji);
        await box.PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log).Locator("li", new() { HasText = fullOfEmoji[..40] })).ToHaveCountAsync(1);
        await box.FillAsync("A normal message after the long one");
        await box.PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("A normal message after the long one");
        await box.FillAsync(new string('<', 4_000));
        await box.PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log).Locator("li", new() { HasText = new string('<', 4_000) })).ToHaveCountAsync(1);
        Assert.Equal(0, sockets); // the same connection throughout: it never dropped

        // Nothing comes back after a reload: the refused text never entered the pending queue, and nothing over
        // the limit was ever stored.
        const string Stored = "SELECT COUNT(*) FROM Messages m JOIN Sessions s ON s.Id = m.SessionId " +
            "WHERE s.Customer_Name = 'Long Paste Customer'";
        var before = Fixture.App.Scalar(Stored);
        await customer.ReloadAsync();
        await Expect(Textbox(customer, "Message")).ToBeVisibleAsync();
        await customer.WaitForTimeoutAsync(2_000);
        Assert.Equal(before, Fixture.App.Scalar(Stored));
        Assert.Equal("", await Textbox(customer, "Message").InputValueAsync());
        Assert.Equal("0", Fixture.App.Scalar(
            "SELECT COUNT(*) FROM Messages m JOIN Sessions s ON s.Id = m.SessionId " +
            "WHERE s.Customer_Name = 'Long Paste Customer' AND length(m.Text) > 4000"));

        // The agent's composer refuses the same way, in the agent's language.
        var reply = Textbox(agent, "Reply");
        await reply.FillAsync(new string('x', 10_000));
        await reply.PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Alert).Filter(new() { HasText = TooLong })).ToBeVisibleAsync();
        await reply.FillAsync("Agent reply after the long one");
        await reply.PressAsync("Enter");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Agent reply after the long one");
    });

    [Fact]
    public Task FourTabsOnOneChatShareOneSendLimit() => RunAsync(async () =>
    {
        var (_, customer) = await ActiveChatAsync("Four Tabs Customer");
        var tabs = new List<IPage> { customer };
        for (var i = 0; i < 3; i++)
        {
            // Same browser, same stored chat: each new tab resumes the one chat.
            var tab = await customer.Context.NewPageAsync();
            await tab.GotoAsync("/chat/support");
            await Expect(Textbox(tab, "Message")).ToBeVisibleAsync();
            tabs.Add(tab);
        }

        var clock = Stopwatch.StartNew();
        // Each tab presses ENTER on five messages at once: 20 sends within a moment.
        await Task.WhenAll(tabs.Select((tab, n) => tab.EvaluateAsync("""
            n => {
                const box = document.querySelector('textarea[data-ready=true]');
                for (let i = 0; i < 5; i++) {
                    box.value = `flood tab ${n} message ${i}`;
                    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
                }
            }
            """, n)));
        foreach (var tab in tabs) await Expect(tab.Locator(".pending-message")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        var seconds = clock.Elapsed.TotalSeconds;

        var stored = int.Parse(Fixture.App.Scalar(
            "SELECT COUNT(*) FROM Messages m JOIN Sessions s ON s.Id = m.SessionId " +
            "WHERE s.Customer_Name = 'Four Tabs Customer' AND m.Text LIKE 'flood tab %'"));
        // 5 per 5 seconds per chat: at most 5 for each started 5 seconds the flood took. Four tabs each with their
        // own limit would have stored all 20; a run so slow that the bound reaches 20 proves nothing, so it fails.
        var bound = 5 * (1 + (int)(seconds / 5));
        Assert.True(bound < 20, $"the flood took {seconds:F1} s, too slow to tell one limit from four");
        Assert.InRange(stored, 1, bound);
    });
}
