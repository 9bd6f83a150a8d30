using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: the customer's own page shows a new message for at most one database round trip (none when
/// the event carries it), counted over everything the app does meanwhile.</summary>
public sealed class CustomerPageRoundTripTests : CustomerComponentContext
{
    private readonly BunitJSModuleInterop chatJs;

    public CustomerPageRoundTripTests()
    {
        chatJs = JSInterop.SetupModule("./js/chat.js");
        chatJs.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IChatEvents, InProcessChatEvents>();
    }

    private ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    private async Task<(ChatSession Chat, IRenderedComponent<ChatPage> Page)> ActiveChatPageAsync()
    {
        var chat = await Conversations.StartAsync(Channel.Id, new CustomerDetails { Name = "Kim" }, "Where is my order?", null, default);
        await Conversations.AcceptAsync(chat.Id, "anna-id", "Anna", "", default);
        chatJs.Setup<string?>("loadToken", "chatdesk:support").SetResult(chat.IssuedToken);
        var page = Render<ChatPage>(p => p.Add(c => c.Slug, "support"));
        page.WaitForAssertion(() => Assert.Contains("Where is my order?", page.Find("[role=log]").TextContent));
        return (chat, page);
    }

    [Fact]
    public async Task AnAgentsMessageReachesThePageWithTheTwoStatementsOfTheSendAndNothingMore()
    {
        var (chat, page) = await ActiveChatPageAsync();

        using var window = Database.Commands.BeginEverywhere();
        Assert.Equal(SendResult.Sent, await Conversations.SendAsync(chat.Id, AuthorKind.Agent, "Anna", Guid.NewGuid(), "It left today", default));
        page.WaitForAssertion(() => Assert.Contains("It left today", page.Find("[role=log]").TextContent));

        window.AtMost(2);
    }

    [Fact]
    public async Task AnEventWithoutItsMessageLoadsWhatIsNewOnce()
    {
        var (chat, page) = await ActiveChatPageAsync();
        var hub = Services.GetRequiredService<IChatEvents>();
        var recording = new RecordingChatEvents();
        // Stored without an event reaching the page, then announced the way another node's bus would: no message.
        await new ConversationService(Database, recording, TimeProvider.System)
            .SendAsync(chat.Id, AuthorKind.Agent, "Anna", Guid.NewGuid(), "Checking", default);
        var added = Assert.IsType<MessageAdded>(Assert.Single(recording.Published));

        using var window = Database.Commands.BeginEverywhere();
        hub.Publish(added with { Message = null });
        page.WaitForAssertion(() => Assert.Contains("Checking", page.Find("[role=log]").TextContent));

        window.AtMost(1);
    }
}
