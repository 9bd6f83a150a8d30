using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The redesigned workspace: side sheets that leave the conversation where it is, and the shortcuts.</summary>
public sealed class WorkspacePanelTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private sealed record Names(string Insert, string TaskMenu, string Transfer, string CreateTicket, string Search, string Reply);

    private static readonly Names English = new("Insert", "Task menu", "Transfer", "Create ticket", "Search replies and FAQ", "Reply");
    private static readonly Names Swedish = new("Infoga", "Uppgiftsmeny", "Överför", "Skapa ärende", "Sök svar och FAQ", "Svar");

    [Theory]
    [InlineData("en")]
    [InlineData("sv")]
    public Task NoPanelMovesTheConversationAndEscapeClosesEach(string language) => RunAsync(async () =>
    {
        var (agent, _) = await ActiveChatAsync("Panel Customer", "Where is my parcel?");
        var names = language == "sv" ? Swedish : English;
        try
        {
            if (language == "sv")
            {
                await agent.GetByLabel("Language").SelectOptionAsync("sv");
                await Expect(agent.Locator("html")).ToHaveAttributeAsync("lang", "sv");
            }
            var log = agent.GetByRole(AriaRole.Log);
            await Expect(log).ToContainTextAsync("Where is my parcel?");
            var before = await BoxAsync(log);

            foreach (var (open, sheet) in new (Func<Task>, string)[]
            {
                (() => agent.GetByRole(AriaRole.Button, new() { Name = names.Insert, Exact = true }).ClickAsync(), "#insert-panel"),
                (() => FromTaskMenuAsync(agent, names, names.Transfer), "#transfer-panel"),
                (() => FromTaskMenuAsync(agent, names, names.CreateTicket), "#ticket-panel"),
            })
            {
                await open();
                await Expect(agent.Locator(sheet)).ToBeVisibleAsync();
                Assert.Equal(before, await BoxAsync(log));
                await AssertNoSeriousViolationsAsync(agent, $"{sheet} open ({language})");

                await agent.Keyboard.PressAsync("Escape");
                await Expect(agent.Locator(sheet)).Not.ToBeVisibleAsync();
                await Expect(Textbox(agent, names.Reply)).ToBeFocusedAsync();
                Assert.Equal(before, await BoxAsync(log));
            }
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'en' WHERE UserName = 'agent1'");
        }
    });

    private static async Task<(float X, float Y, float Width, float Height)> BoxAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        return (box.X, box.Y, box.Width, box.Height);
    }

    private static async Task FromTaskMenuAsync(IPage agent, Names names, string item)
    {
        await agent.GetByRole(AriaRole.Button, new() { Name = names.TaskMenu }).ClickAsync();
        await agent.GetByRole(AriaRole.Menuitem, new() { Name = item }).ClickAsync();
    }

    [Fact]
    public Task SlashOpensReplyInsertionWithAnEmptyFocusedSearch() => RunAsync(async () =>
    {
        var (agent, _) = await ActiveChatAsync("Slash Customer");
        var reply = Textbox(agent, "Reply");
        var search = agent.GetByLabel("Search replies and FAQ");

        await reply.FocusAsync();
        await agent.Keyboard.PressAsync("/");
        await Expect(search).ToBeFocusedAsync();
        await Expect(search).ToHaveValueAsync("");
        await Expect(reply).ToHaveValueAsync(""); // the "/" opened the picker instead of being typed

        await search.PressSequentiallyAsync("Greeting");
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Template Greeting" })).ToBeVisibleAsync();
        await agent.Keyboard.PressAsync("Escape");
        await Expect(agent.Locator("#insert-panel")).Not.ToBeVisibleAsync();
        await Expect(reply).ToBeFocusedAsync();

        await agent.Keyboard.PressAsync("/");
        await Expect(search).ToBeFocusedAsync();
        await Expect(search).ToHaveValueAsync(""); // not the last search
        await agent.Keyboard.PressAsync("Escape");

        // With text in the reply "/" is just a character.
        await reply.PressSequentiallyAsync("and/or");
        await Expect(reply).ToHaveValueAsync("and/or");
        await Expect(agent.Locator("#insert-panel")).Not.ToBeVisibleAsync();
    });

    [Fact]
    public Task AltArrowsMoveBetweenTheAgentsChats() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        foreach (var name in new[] { "Arrow One", "Arrow Two" })
        {
            var customer = await OpenAsync(name);
            await customer.GotoAsync("/chat/support");
            await FillPreChatAsync(customer, name, "arrow@" + DnsTestServer.MxDomain, "Hello");
            await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {name}" }).ClickAsync();
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = $"Chat with {name}" })).ToBeVisibleAsync();
        }
        var order = await agent.Locator("ul[aria-label='My chats'] .session-name").AllTextContentsAsync();
        Assert.Equal(2, order.Count);
        await agent.Locator("ul[aria-label='My chats'] .session-button").First.ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = $"Chat with {order[0]}" })).ToBeVisibleAsync();

        await agent.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = $"Chat with {order[1]}" })).ToBeVisibleAsync();
        await Expect(agent).ToHaveURLAsync(new Regex(@"/agent\?chat=\d+$"));
        await agent.Keyboard.PressAsync("Alt+ArrowUp");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = $"Chat with {order[0]}" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task TheTaskMenuStaysClickableWhileASideSheetIsOpen() => RunAsync(async () =>
    {
        var (agent, _) = await ActiveChatAsync("Menu Customer With A Rather Long Name", "Can I change my order?");
        var log = agent.GetByRole(AriaRole.Log);
        await Expect(log).ToContainTextAsync("Can I change my order?");
        var before = await BoxAsync(log);

        await agent.GetByRole(AriaRole.Button, new() { Name = "Insert", Exact = true }).ClickAsync();
        await Expect(agent.Locator("#insert-panel")).ToBeVisibleAsync();

        // A real click (no force): it fails if the sheet lies over the menu button.
        await FromTaskMenuAsync(agent, English, English.Transfer);
        await Expect(agent.Locator("#transfer-panel")).ToBeVisibleAsync();
        await Expect(agent.Locator("#insert-panel")).ToHaveCountAsync(0);
        await FromTaskMenuAsync(agent, English, English.CreateTicket);
        await Expect(agent.Locator("#ticket-panel")).ToBeVisibleAsync();
        await Expect(agent.Locator("#transfer-panel")).ToHaveCountAsync(0);
        Assert.Equal(before, await BoxAsync(log));
        await AssertNoSeriousViolationsAsync(agent, "task menu beside an open sheet");
    });
}
