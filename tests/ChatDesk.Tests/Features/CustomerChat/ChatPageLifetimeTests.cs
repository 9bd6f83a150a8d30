using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.CustomerChat;

/// <summary>Issue 10 on the customer page: an ended chat is read-only for Chat:EndedAccessMinutes, offers "Return to
/// chat" for Chat:ReturnMinutes, and then the browser forgets it and the page starts a new chat.</summary>
public sealed class ChatPageLifetimeTests : CustomerComponentContext
{
    private static readonly TimeSpan Lease = AgentPresence.Lease - TimeSpan.FromSeconds(5);
    // A deadline's work (forgetting the chat, loading the new-chat form) runs on the page's dispatcher after the clock
    // moves; bUnit's default second was too short for it once on a machine busy with the whole build (a wait ends as
    // soon as the page shows the state, so a longer bound costs a passing test nothing).
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly BunitJSModuleInterop chatJs;

    public ChatPageLifetimeTests()
    {
        chatJs = JSInterop.SetupModule("./js/chat.js");
        chatJs.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TimeProvider>(time);
        Services.AddSingleton(Options.Create(new ChatOptions { EndedAccessMinutes = 30, ReturnMinutes = 5 }));
        Services.AddSingleton<IChatEvents, InProcessChatEvents>();
        using var db = Database.CreateDbContext();
        db.Users.Add(new StaffUser { Id = "anna-id", UserName = "anna", DisplayName = "Anna" });
        db.ChannelMembers.Add(new ChannelMember { ChannelId = Channel.Id, UserId = "anna-id" });
        db.SaveChanges();
    }

    private ConversationService Conversations => Services.GetRequiredService<ConversationService>();
    private AgentPresence Presence => Services.GetRequiredService<AgentPresence>();

    // Anna keeps a workspace open throughout, so the channel stays open and a new chat gets the pre-chat form.
    private async Task<ChatSession> EndedChatInThisBrowserAsync()
    {
        await Presence.ConnectAsync("anna-id", ChatDesk.Features.Identity.Presence.Present, default);
        var chat = await Conversations.StartAsync(Channel.Id, new CustomerDetails { Name = "Kim" }, "Where is my order?", null, default);
        await Conversations.AcceptAsync(chat.Id, "anna-id", "Anna", "", default);
        await Conversations.EndAsync(chat.Id, EndReason.Agent, default);
        chatJs.Setup<string?>("loadToken", "chatdesk:support").SetResult(chat.IssuedToken);
        return chat;
    }

    // Moves the clock while Anna's workspace renews its presence lease, as it does every few seconds in the app.
    private async Task AdvanceAsync(TimeSpan by)
    {
        time.Advance(by - Lease);
        await Presence.RenewAsync(default);
        time.Advance(Lease);
    }

    private IRenderedComponent<ChatPage> Page() => Render<ChatPage>(p => p.Add(c => c.Slug, "support"));

    private static bool OffersReturn(IRenderedComponent<ChatPage> page) =>
        page.FindAll("button").Any(b => b.TextContent == "Return to chat");

    [Fact]
    public async Task AnEndedChatShowsItsLogWithoutAComposerAndOffersReturnUntilChatReturnMinutes()
    {
        await EndedChatInThisBrowserAsync();
        await AdvanceAsync(TimeSpan.FromMinutes(4));

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("The agent ended the chat.", page.Find(".ended-reason").TextContent), Settle);
        Assert.Contains("Where is my order?", page.Find("[role=log]").TextContent);
        Assert.Empty(page.FindAll("textarea#message"));
        Assert.True(OffersReturn(page));

        await AdvanceAsync(TimeSpan.FromMinutes(1));

        page.WaitForAssertion(() => Assert.False(OffersReturn(page)), Settle);
        Assert.Contains("Where is my order?", page.Find("[role=log]").TextContent);
    }

    [Fact]
    public async Task AReloadAfterChatEndedAccessMinutesForgetsTheChatAndStartsANewOne()
    {
        await EndedChatInThisBrowserAsync();
        await AdvanceAsync(TimeSpan.FromMinutes(30));

        var page = Page();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("textarea#question")), Settle);
        Assert.Empty(page.FindAll("[role=log]"));
        Assert.Single(chatJs.Invocations, i => i.Identifier == "removeToken");
    }

    [Fact]
    public async Task APageLeftOpenPastChatEndedAccessMinutesForgetsTheChatAndStartsANewOne()
    {
        await EndedChatInThisBrowserAsync();
        var page = Page();
        page.WaitForAssertion(() => Assert.NotNull(page.Find(".ended-reason")), Settle);

        await AdvanceAsync(TimeSpan.FromMinutes(30));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("textarea#question")), Settle);
        Assert.Empty(page.FindAll("[role=log], .ended-reason"));
        Assert.Single(chatJs.Invocations, i => i.Identifier == "removeToken");
    }

    [Fact]
    public async Task ReturnClickedOnAnEndFormShownPastChatReturnMinutesIsRefusedWithAMessage()
    {
        var chat = await EndedChatInThisBrowserAsync();
        var stored = (await Conversations.FindAsync(chat.Id, default))!;
        var form = Render<CustomerEndForm>(p => p.Add(c => c.Channel, Channel).Add(c => c.Session, stored).Add(c => c.Text, CustomerText.For("sv")));
        var returnButton = form.FindAll("button").Single(b => b.TextContent == "Återgå till chatten");

        time.Advance(TimeSpan.FromMinutes(5)); // the form has no clock of its own: the service decides
        await returnButton.ClickAsync(new());

        Assert.Equal("Det är för sent att återgå till den här chatten. Starta en ny chatt om du behöver mer hjälp.",
            form.Find(".return-refused").TextContent);
        Assert.DoesNotContain(form.FindAll("button"), b => b.TextContent == "Återgå till chatten");
        Assert.Equal(SessionStatus.Ended, (await Conversations.FindAsync(chat.Id, default))!.Status);
    }
}
