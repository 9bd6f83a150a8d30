using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Agents;

public sealed class WorkspaceStateTests : IDisposable
{
    private static readonly StaffText T = StaffText.For("en");
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();

    private async Task<WorkspaceState> StartAsync(string agentId, long? chatInAddress = null, int capacity = 2)
    {
        var state = world.Services.CreateScope().ServiceProvider.GetRequiredService<WorkspaceState>();
        await state.StartAsync(agentId, capacity, chatInAddress, None);
        return state;
    }

    [Fact]
    public async Task TheQueueShowsWaitingChatsOfTheAgentsChannelsAndMyChatsTheirUnreadCount()
    {
        await world.StartChatAsync("Kim");
        var mine = await world.ActiveChatAsync("anna", "Åsa");
        await world.SayAsync(mine, "Hello?");

        var state = await StartAsync("anna");

        Assert.Equal(["Kim"], state.Waiting.Select(w => w.CustomerName));
        Assert.Equal(mine, Assert.Single(state.Mine).SessionId);
        Assert.Equal(2, state.TotalUnread); // the opening question and "Hello?"
        state.Select(mine);
        Assert.Equal(0, state.TotalUnread);
    }

    [Fact]
    public async Task OnlyAnOwnOrRecentChatOpensFromTheAddress()
    {
        var mine = await world.ActiveChatAsync("anna", "Åsa");
        var others = await world.ActiveChatAsync("bo", "Kim");

        Assert.Equal(mine, (await StartAsync("anna", mine)).Selected);
        Assert.Null((await StartAsync("anna", others)).Selected);
        Assert.Equal(["Kim"], (await StartAsync("anna")).Team.Select(t => t.CustomerName));
    }

    [Fact]
    public async Task ATakenChatExplainsItselfInsteadOfOpening()
    {
        var chat = await world.StartChatAsync("Kim");
        var anna = await StartAsync("anna");
        await world.Get<AgentDesk>().AcceptAsync("bo", chat, None);

        Assert.Null(await anna.AcceptAsync(anna.Waiting.Single(), T, None));

        Assert.Equal("The chat from Kim was already taken by another agent.", anna.Notice);
        Assert.Null(anna.Selected);
        Assert.Empty(anna.Waiting);
    }

    [Fact]
    public async Task AcceptingOpensTheChatAndClearsTheNotice()
    {
        var chat = await world.StartChatAsync("Kim");
        var anna = await StartAsync("anna");

        Assert.Equal(chat, await anna.AcceptNextAsync(T, None));

        Assert.Null(anna.Notice);
        Assert.Equal(chat, anna.Selected);
        Assert.Equal(chat, Assert.Single(anna.Mine).SessionId);
        Assert.Null(await anna.AcceptNextAsync(T, None));
        Assert.Equal(T["QueueEmpty"], anna.Notice);
    }

    [Fact]
    public void AcceptOutcomesAreExplainedInTheAgentsLanguage()
    {
        var state = world.Services.CreateScope().ServiceProvider.GetRequiredService<WorkspaceState>();

        Assert.Null(state.Explain(AcceptOutcome.Accepted, "Kim", T));
        Assert.Equal(T.Format("Taken", "Kim"), state.Explain(AcceptOutcome.Taken, "Kim", T));
        Assert.Equal(T["NotAllowed"], state.Explain(AcceptOutcome.NotAllowed, "Kim", T));
        Assert.NotEqual(T.Format("Taken", "Kim"), state.Explain(AcceptOutcome.Taken, "Kim", StaffText.For("sv")));
    }

    [Fact]
    public async Task OnlyEventsAboutTheAgentsChannelsOrOwnChatsConcernTheWorkspace()
    {
        var mine = await world.ActiveChatAsync("anna", "Åsa");
        var state = await StartAsync("anna");

        Assert.True(state.Concerns(new SessionChanged(99, world.ChannelId, SessionStatus.Queued)));
        Assert.False(state.Concerns(new SessionChanged(99, world.ChannelId + 100, SessionStatus.Queued)));
        Assert.True(state.Concerns(new MessageAdded(mine, world.ChannelId, 3)));
        Assert.False(state.Concerns(new MessageAdded(99, world.ChannelId, 3)));
        Assert.False(state.Concerns(new TypingChanged(mine, world.ChannelId, AuthorKind.Customer, true)));
    }

    [Fact]
    public async Task APresentAgentIsAlertedToNewQueueChatsAndNewMessagesAnAwayAgentIsNot()
    {
        var mine = await world.ActiveChatAsync("anna", "Åsa");
        var state = await StartAsync("anna");
        await world.StartChatAsync("Kim", "Refund?");
        await world.SayAsync(mine, "Still there?");

        var alerts = await state.RefreshForAlertsAsync(present: true, T, None);

        Assert.Equal([$"queue-", $"chat-{mine}"], alerts.Select(a => a.Tag.StartsWith("queue-") ? "queue-" : a.Tag));
        Assert.Equal("Kim: Refund?", alerts[0].Body);
        await world.StartChatAsync("Lo");
        Assert.Empty(await state.RefreshForAlertsAsync(present: false, T, None));
    }

    [Fact]
    public async Task NewQueueChatsAlertOnlyMembersWithNotifications()
    {
        var bo = await StartAsync("bo");
        await world.StartChatAsync("Kim");

        Assert.Empty(await bo.RefreshForAlertsAsync(present: true, T, None));
        Assert.Single(bo.Waiting);
    }

    [Fact]
    public async Task ManagerWarningsReachManagersOnlyAndAreShownEvenWhenAway()
    {
        var anna = await StartAsync("anna");
        var lars = await StartAsync("lars");
        var forManagers = new QueueWarning(5, world.ChannelId, "Kim", 10, ForManagers: true);

        Assert.Null(anna.Warn(forManagers, present: true, T));
        Assert.Empty(anna.Warnings);
        Assert.Null(lars.Warn(forManagers, present: false, T));
        var warning = Assert.Single(lars.Warnings);
        Assert.NotNull(lars.Warn(forManagers with { SessionId = 6 }, present: true, T));
        lars.Dismiss(warning);
        Assert.Single(lars.Warnings);
    }

    [Fact]
    public async Task ATransferOfferIsAcceptedIntoMyChatsOrExplainedWhenWithdrawn()
    {
        var chat = await world.ActiveChatAsync("bo", "Kim");
        await world.Get<AgentPresence>().ConnectAsync("anna", Presence.Present, None);
        Assert.True(await world.Get<AgentDesk>().OfferTransferAsync("bo", chat, "anna", None));
        var anna = await StartAsync("anna");
        var offer = Assert.Single(anna.Offers);

        Assert.Equal(chat, await anna.AcceptTransferAsync(offer, T, None));
        Assert.Equal(chat, Assert.Single(anna.Mine).SessionId);
        Assert.Empty(anna.Offers);
        Assert.Null(await anna.AcceptTransferAsync(offer, T, None));
        Assert.Equal(T.Format("TransferWithdrawn", "Kim"), anna.Notice);
    }

    [Fact]
    public async Task DraftsSurviveSwitchingChatsAndGoWhenTheChatIsClosed()
    {
        var state = await StartAsync("anna");
        state.SetDraft(1, "Half a reply");
        state.Select(2);
        Assert.Equal("Half a reply", state.Draft(1));

        state.Select(1);
        state.CloseSelected();

        Assert.Equal("", state.Draft(1));
        Assert.Null(state.Selected);
    }

    public void Dispose() => world.Dispose();
}
