using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatDesk.EndToEnd.Harness;
using ChatDesk.Features.Conversations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 12's bot hand-off in the browser: a channel sends new chats to a bot first, the bot answers through
/// the staff API, and the customer's "Talk to a person" puts the chat in the agents' queue at once, with its history.</summary>
public sealed class BotHandOffTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private sealed record BotChat(long ChatId, string CustomerName);

    [Fact]
    public Task TalkToAPersonHandsTheBotsChatToTheQueueAtOnceAndTheAgentSeesItsHistory() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        using var bot = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IssueBotToken());
        Fixture.App.Sql("UPDATE Channels SET BotFirst = 1 WHERE Slug = 'support'");
        try
        {
            var agent = await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");
            await FillPreChatAsync(customer, "Bot Customer", "bot-customer@" + DnsTestServer.MxDomain, "Where is my order?");
            var talk = customer.GetByRole(AriaRole.Button, new() { Name = "Talk to a person" });
            // After the e-mail check (real DNS) and the start: the chat is with the bot.
            await Expect(talk).ToBeVisibleAsync(new() { Timeout = 20_000 });

            // The bot finds the chat and answers through the API; the customer reads the answer.
            var chats = await bot.GetFromJsonAsync<List<BotChat>>("/api/v1/staff/bot/chats");
            var chatId = Assert.Single(chats!, c => c.CustomerName == "Bot Customer").ChatId;
            (await bot.PostAsJsonAsync($"/api/v1/staff/bot/chats/{chatId}/messages",
                new { clientId = Guid.NewGuid(), text = "I can look that up. What is your order number?" })).EnsureSuccessStatusCode();
            await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("What is your order number?");
            var accept = agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Bot Customer" });
            await Expect(accept).ToHaveCountAsync(0); // with the bot, not in the agents' queue

            await talk.ClickAsync();

            // At once: no bot step in between, the agent's queue shows it and the customer's page shows the queue.
            await Expect(accept).ToBeVisibleAsync(new() { Timeout = 5_000 });
            await Expect(talk).ToHaveCountAsync(0);
            await accept.ClickAsync();
            await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
            var log = agent.GetByRole(AriaRole.Log);
            await Expect(log).ToContainTextAsync("Where is my order?");
            await Expect(log).ToContainTextAsync("What is your order number?");
            // The chat is no longer the bot's to write in.
            var late = await bot.PostAsJsonAsync($"/api/v1/staff/bot/chats/{chatId}/messages", new { clientId = Guid.NewGuid(), text = "Anything else?" });
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET BotFirst = 0 WHERE Slug = 'support'");
            Fixture.App.Sql("UPDATE Sessions SET Status = 'Abandoned' WHERE Status = 'Bot'");
            Fixture.App.Sql("UPDATE PersonalAccessTokens SET RevokedAt = CreatedAt WHERE Name = 'E2E bot'");
        }
    });

    /// <summary>A bot token on agent2's account (a member of "support"), stored as the tokens page stores one: its hash.</summary>
    private string IssueBotToken()
    {
        var secret = "cdpat_" + ChatToken.New();
        var userId = Fixture.App.Scalar("SELECT Id FROM AspNetUsers WHERE UserName = 'agent2'");
        Fixture.App.Sql("INSERT INTO PersonalAccessTokens (UserId, Name, Kind, TokenHash, Prefix, CreatedAt, CreatedBy) " +
            $"VALUES ('{userId}', 'E2E bot', 'Bot', '{ChatToken.Hash(secret)}', '{secret[..12]}', {DateTime.UtcNow.Ticks}, 'admin')");
        return secret;
    }
}
