using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class AlertTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    // Records notifications instead of showing them, and lets the test put the tab "in the background".
    private const string FakeNotifications = """
        window.__notifications = [];
        window.Notification = class {
            constructor(title, options) { window.__notifications.push(title + ' | ' + (options && options.body)); }
            static get permission() { return 'granted'; }
            static requestPermission() { return Promise.resolve('granted'); }
        };
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => !!window.__hidden });
        """;

    private async Task<IPage> BackgroundWorkspaceAsync(string userName)
    {
        var agent = await OpenWorkspaceAsync("agent", userName);
        await agent.Context.AddInitScriptAsync(FakeNotifications);
        await agent.ReloadAsync();
        await Expect(agent.GetByTestId("presence")).ToHaveTextAsync("Present");
        await agent.EvaluateAsync("() => window.__hidden = true");
        return agent;
    }

    private static Task NotifiedAsync(IPage page, string notification) =>
        Wait.UntilAsync(async () => (await NotificationsAsync(page)).Contains(notification), TimeSpan.FromSeconds(10),
            $"the notification \"{notification}\"");

    private static Task<string[]> NotificationsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__notifications");

    [Fact]
    public Task ABackgroundWorkspaceIsNotifiedOfNewChatsAndNewCustomerMessages() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var agent = await BackgroundWorkspaceAsync("agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");

        await FillPreChatAsync(customer, "Alert Customer", "alert@" + DnsTestServer.MxDomain, "Anyone there?");

        await NotifiedAsync(agent, "New chat in the queue | Alert Customer: Anyone there?");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Alert Customer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Chat with Alert Customer" })).ToBeVisibleAsync();
        // Open a second chat so the first is in the background list, where its new messages count as unread.
        var other = await OpenAsync("other");
        await other.GotoAsync("/chat/support");
        await FillPreChatAsync(other, "Second Customer", "second.alert@" + DnsTestServer.MxDomain, "Me too");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Second Customer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Chat with Second Customer" })).ToBeVisibleAsync();

        await Textbox(customer, "Message").FillAsync("Hello? Is my order late?");
        await Textbox(customer, "Message").PressAsync("Enter");

        await NotifiedAsync(agent, "New message from Alert Customer | Hello? Is my order late?");
    });

    [Fact]
    public Task TurningAlertsOffSilencesThem() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var agent = await BackgroundWorkspaceAsync("agent2");
        await agent.GetByLabel("Alerts").UncheckAsync();
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");

        await FillPreChatAsync(customer, "Quiet Customer", "quiet@" + DnsTestServer.MxDomain, "Psst");

        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Quiet Customer" })).ToBeVisibleAsync();
        Assert.Empty(await NotificationsAsync(agent));
    });

    [Fact]
    public Task AChatWaitingPastTheWarningTimeWarnsMembersWithNotifications() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.Sql("UPDATE Channels SET WarningMinutes = 0 WHERE Slug = 'support'");
        try
        {
            var agent = await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");

            await FillPreChatAsync(customer, "Waiting Customer", "waiting@" + DnsTestServer.MxDomain, "Still waiting");

            await Expect(agent.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Waiting Customer has waited more than 0 minutes in the queue." }))
                .ToBeVisibleAsync(new() { Timeout = 15_000 });
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET WarningMinutes = 2 WHERE Slug = 'support'");
        }
    });
}
