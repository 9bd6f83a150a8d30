using System.Security.Claims;
using Bunit;
using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Agents;

/// <summary>The workspace as the agent sees it, over the real services and SQLite.</summary>
public sealed class AgentWorkspacePageTests : ComponentTestContext
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();

    public AgentWorkspacePageTests()
    {
        world.AddTo(Services);
        var auth = AddAuthorization();
        auth.SetAuthorized("anna");
        auth.SetRoles(StaffRoles.Agent);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "anna"));
    }

    /// <summary>Anna's workspace.</summary>
    private IRenderedComponent<AgentWorkspacePage> Show(string language = "en") =>
        Render<AgentWorkspacePage>(p => p.AddCascadingValue(StaffText.For(language)));

    [Fact]
    public async Task TheQueueShowsEachWaitingChatWithAnAcceptButton()
    {
        await world.StartChatAsync("Kim", "Where is my parcel?");
        await world.StartChatAsync("Åsa");

        var page = Show();

        Assert.Equal("2", page.Find("[data-testid=queue-count]").TextContent.Trim());
        Assert.Contains("Where is my parcel?", page.Find(".queue-list").TextContent);
        Assert.NotNull(page.Find("button[aria-label='Accept chat from Kim']"));
        Assert.NotNull(page.Find("button[aria-label='Accept chat from Åsa']"));
    }

    [Fact]
    public async Task AWorkspaceLoadedOnlyAfterItsFirstRenderStillFollowsTheQueue()
    {
        Services.AddSingleton<IDbContextFactory<ChatDeskDbContext>>(new YieldingDatabase(world.Database));
        Services.AddSingleton<IChatEvents, InProcessChatEvents>();
        var page = Show();
        page.WaitForAssertion(() => Assert.Equal("Present", page.Find("[data-testid=presence]").TextContent.Trim()));

        // On the renderer, as the other pages' writes are, so the PostgreSQL run writes before the page reads too.
        await page.InvokeAsync(() => Services.GetRequiredService<ConversationService>().StartAsync(world.ChannelId,
            new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, "Where is my parcel?", null, None));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("button[aria-label='Accept chat from Kim']")));
    }

    [Fact]
    public async Task AChatTakenMeanwhileShowsTheNoticeInTheAgentsLanguage()
    {
        var chat = await world.StartChatAsync("Kim");
        var page = Show("sv");
        await Services.GetRequiredService<AgentDesk>().AcceptAsync("bo", chat, None);

        page.Find(".queue-list button").Click();

        page.WaitForAssertion(() => Assert.Contains(StaffText.For("sv").Format("Taken", "Kim"),
            page.FindAll("[role=alert]").Select(a => a.TextContent.Trim())));
        Assert.NotEqual(StaffText.For("en").Format("Taken", "Kim"), StaffText.For("sv").Format("Taken", "Kim"));
    }

    [Fact]
    public async Task MyChatsListsEachChatWithItsUnreadCount()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        await world.SayAsync(chat, "Hello?");
        await world.SayAsync(chat, "Anyone there?");

        var page = Show();

        var mine = page.Find("ul[aria-label='My chats']");
        Assert.Contains("Kim", mine.TextContent);
        // The question that opened the chat counts too.
        Assert.Equal("3", mine.QuerySelector(".unread-badge")!.TextContent);
        Assert.Equal("1 of 2 chats", page.Find("[data-testid=capacity]").TextContent.Trim());
    }

    [Fact]
    public async Task AcceptingATransferOfferOpensTheChatAndRejectingOneRemovesIt()
    {
        await Services.GetRequiredService<AgentPresence>().ConnectAsync("anna", Presence.Present, None);
        var desk = Services.GetRequiredService<AgentDesk>();
        var kim = await world.ActiveChatAsync("bo", "Kim");
        var lo = await world.ActiveChatAsync("bo", "Lo");
        Assert.True(await desk.OfferTransferAsync("bo", kim, "anna", None));
        Assert.True(await desk.OfferTransferAsync("bo", lo, "anna", None));
        var page = Show();
        Assert.Equal(2, page.FindAll(".transfer-offer").Count);

        page.Find("button[aria-label='Reject transfer of Lo']").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".transfer-offer")));
        page.Find("button[aria-label='Accept transfer of Kim']").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".transfer-offer")));
        page.WaitForAssertion(() => Assert.Contains("Chat with Kim", page.FindAll("h2").Select(h => h.TextContent)));
        Assert.Contains("Kim", page.Find("ul[aria-label='My chats']").TextContent);
    }
}
