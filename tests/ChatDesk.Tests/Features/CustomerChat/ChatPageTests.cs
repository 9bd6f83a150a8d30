using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.CustomerChat;

/// <summary>What a customer sees on /chat/{slug} in each step; the browser side (chat.js) is stubbed.</summary>
public sealed class ChatPageTests : CustomerComponentContext
{
    private readonly BunitJSModuleInterop chatJs;

    public ChatPageTests()
    {
        chatJs = JSInterop.SetupModule("./js/chat.js");
        chatJs.Mode = JSRuntimeMode.Loose;
        // The real in-process hub, so the page follows a chat's changes as it does in the app.
        Services.AddSingleton<IChatEvents, InProcessChatEvents>();
    }

    private ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    private IRenderedComponent<ChatPage> Page() => Render<ChatPage>(p => p.Add(c => c.Slug, "support"));

    private void ChangeChannel(Action<ChatChannel> change)
    {
        using var db = Database.CreateDbContext();
        change(db.Channels.Single(c => c.Id == Channel.Id));
        db.SaveChanges();
    }

    private void AnnaIsPresent()
    {
        using (var db = Database.CreateDbContext())
        {
            db.Users.Add(new StaffUser { Id = "anna-id", UserName = "anna", DisplayName = "Anna" });
            db.ChannelMembers.Add(new ChannelMember { ChannelId = Channel.Id, UserId = "anna-id" });
            db.SaveChanges();
        }
        Services.GetRequiredService<AgentPresence>().ConnectAsync("anna-id", Presence.Present, default).GetAwaiter().GetResult();
    }

    // A chat this browser already has: its token is what chat.js hands back from localStorage.
    private async Task<ChatSession> StoredChatAsync(bool accept = false, bool end = false)
    {
        var chat = await Conversations.StartAsync(Channel.Id, new CustomerDetails { Name = "Kim" }, "Where is my order?", null, default);
        if (accept) await Conversations.AcceptAsync(chat.Id, "anna-id", "Anna", "", default);
        if (end) await Conversations.EndAsync(chat.Id, EndReason.Agent, default);
        chatJs.Setup<string?>("loadToken", "chatdesk:support").SetResult(chat.IssuedToken);
        return chat;
    }

    [Fact]
    public void AnOpenChannelShowsThePreChatForm()
    {
        AnnaIsPresent();

        var page = Page();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("textarea#question")));
        Assert.NotNull(page.Find("#name"));
    }

    [Fact]
    public void ThePageStartsWhenItsChannelIsReadOnlyAfterTheFirstRender()
    {
        Services.AddSingleton<IDbContextFactory<ChatDesk.Data.ChatDeskDbContext>>(new YieldingDatabase(Database));
        AnnaIsPresent();

        var page = Page();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("textarea#question")));
    }

    [Fact]
    public void AClosedChannelShowsItsOpeningHours()
    {
        ChangeChannel(c => c.Hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm",
            Days = [new DayHours { Day = DayOfWeek.Monday, Open = new TimeOnly(8, 0), Close = new TimeOnly(17, 0) }],
        });

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("We're closed right now", page.Find(".closed h2").TextContent));
        Assert.NotEmpty(page.FindAll(".opening-hours li"));
    }

    [Fact]
    public async Task AQueuedChatShowsItsPositionInTheChannelsOwnWords()
    {
        ChangeChannel(c => c.QueueMessage = "Your place: {position}. {wait}");
        await StoredChatAsync();

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("Your place: 1.", page.Find(".queue-position").TextContent));
    }

    [Fact]
    public async Task AnActiveChatShowsTheMessagesAndTheComposer()
    {
        await StoredChatAsync(accept: true);

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("You are chatting with Anna", page.Find(".chat-with").TextContent));
        Assert.NotNull(page.Find("textarea#message"));
        Assert.Contains("Where is my order?", page.Find("[role=log]").TextContent);
    }

    [Fact]
    public async Task AnEndedChatShowsTheEndForm()
    {
        await StoredChatAsync(accept: true, end: true);

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("The agent ended the chat.", page.Find(".ended-reason").TextContent));
        Assert.Empty(page.FindAll("textarea#message"));
    }

    [Fact]
    public async Task TextsStillPendingWhenTheChatEndedAreShownAsUndelivered()
    {
        await StoredChatAsync(accept: true, end: true);
        chatJs.Setup<string[]?>("takePending", "chatdesk:pending:c:support").SetResult(["Are you still there?"]);

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("Are you still there?", page.Find(".undelivered li").TextContent));
        Assert.Contains("could not be delivered because the chat has ended", page.Find(".undelivered").TextContent);
    }

    [Fact]
    public async Task AMessageRefusedBecauseTheChatEndedIsShownAsUndeliveredOnceTheComposerIsGone()
    {
        var chat = await StoredChatAsync(accept: true);
        var page = Page();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("textarea#message")));
        var composer = page.FindComponent<Composer>().Instance;
        await Conversations.EndAsync(chat.Id, EndReason.Agent, default);

        var outcome = await page.InvokeAsync(() => composer.SubmitAsync("Thanks, bye", Guid.NewGuid().ToString()));

        Assert.Equal("Ended", outcome);
        page.WaitForAssertion(() => Assert.Equal("Thanks, bye", page.Find(".undelivered li").TextContent));
        Assert.Empty(await Conversations.MessagesAfterAsync(chat.Id, 1, default));
    }
}
