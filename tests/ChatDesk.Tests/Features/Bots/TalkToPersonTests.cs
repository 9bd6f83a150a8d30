using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Bots;

/// <summary>The customer page while the chat is with the bot: the conversation both ways, and "Talk to a person",
/// which hands off at once; the queue view follows.</summary>
public sealed class TalkToPersonTests : CustomerComponentContext
{
    private readonly BunitJSModuleInterop chatJs;

    public TalkToPersonTests()
    {
        chatJs = JSInterop.SetupModule("./js/chat.js");
        chatJs.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IChatEvents, InProcessChatEvents>();
    }

    private ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    private async Task<ChatSession> ChatWithTheBotAsync()
    {
        var chat = await Conversations.StartAsync(Channel.Id, new CustomerDetails { Name = "Kim" }, "Where is my order?", null, default,
            botFirst: true);
        await Conversations.SendAsBotAsync(chat.Id, "Helper Bot", Guid.NewGuid(), "I can look that up. What is the order number?", default);
        chatJs.Setup<string?>("loadToken", "chatdesk:support").SetResult(chat.IssuedToken);
        return chat;
    }

    [Fact]
    public async Task TheCustomerChatsWithTheBotAndCanAskForAPerson()
    {
        await ChatWithTheBotAsync();

        var page = Render<ChatPage>(p => p.Add(c => c.Slug, "support"));

        page.WaitForAssertion(() => Assert.Contains("What is the order number?", page.Find(".message-scroll").TextContent));
        Assert.Contains("Helper Bot", page.Find(".message-scroll").TextContent);
        Assert.NotNull(page.Find("textarea#message"));
        Assert.Equal("Talk to a person", page.Find("button.talk-to-person").TextContent);
    }

    [Fact]
    public async Task TalkToAPersonHandsOffAtOnceAndShowsTheQueue()
    {
        var chat = await ChatWithTheBotAsync();
        var page = Render<ChatPage>(p => p.Add(c => c.Slug, "support"));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("button.talk-to-person")));

        await page.Find("button.talk-to-person").ClickAsync(new());

        page.WaitForAssertion(() => Assert.NotNull(page.Find(".queue-position")));
        Assert.Empty(page.FindAll("button.talk-to-person"));
        var stored = await Conversations.FindAsync(chat.Id, default);
        Assert.Equal(SessionStatus.Queued, stored!.Status);
        var lines = await Conversations.MessagesAfterAsync(chat.Id, 0, default);
        Assert.Single(lines, m => m is { Kind: MessageKind.Event, Text: ConversationService.CustomerAskedForPerson });
    }
}
