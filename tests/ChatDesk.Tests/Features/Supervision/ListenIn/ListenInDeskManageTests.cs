using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.ListenIn;
using static ChatDesk.Tests.Features.Supervision.ListenIn.ListenInWorld;

namespace ChatDesk.Tests.Features.Supervision.ListenIn;

/// <summary>Take-over and transfer by managers of the chat's channel, and nobody else.</summary>
public sealed class ListenInDeskManageTests : IDisposable
{
    private readonly ListenInWorld world = new();

    [Fact]
    public async Task OnlyAManagerOfTheChatsChannelMayTakeOverOrTransfer()
    {
        var chat = await world.ChatAsync();
        await world.Presence.ConnectAsync(Oskar, Presence.Present, CancellationToken.None);
        var eventsBefore = world.Events.Published.Count;

        foreach (var notManager in new[] { Actor(Lisa), Actor(Nils), Actor(Olle), Actor(Maja, StaffRoles.Admin) })
        {
            Assert.Equal(ManageOutcome.NotAllowed, await world.Desk.TakeOverAsync(notManager, chat, CancellationToken.None));
            Assert.Equal(ManageOutcome.NotAllowed, await world.Desk.TransferAsync(notManager, chat, Oskar, CancellationToken.None));
            Assert.Empty(await world.Desk.TransferTargetsAsync(notManager, chat, CancellationToken.None));
            Assert.Equal(SendResult.NotFound, await world.Desk.SendAsync(notManager, chat, Guid.NewGuid(), "Hijack", CancellationToken.None));
            Assert.False(await world.Desk.EndAsync(notManager, chat, CancellationToken.None));
        }

        var session = await world.SessionAsync(chat);
        Assert.Equal((Anna, SessionStatus.Active), (session.AgentId, session.Status));
        Assert.DoesNotContain("Hijack", await world.TextsAsync(chat));
        Assert.Equal(eventsBefore, world.Events.Published.Count);
        Assert.Empty(await world.AuditAsync());
    }

    [Fact]
    public async Task AManagerTakesOverAChatThenAnswersAndEndsIt()
    {
        var chat = await world.ChatAsync();

        Assert.Equal(ManageOutcome.Done, await world.Desk.TakeOverAsync(Actor(Erik), chat, CancellationToken.None));

        var session = await world.SessionAsync(chat);
        Assert.Equal((Erik, "Erik", SessionStatus.Active), (session.AgentId, session.AgentDisplayName, session.Status));
        Assert.Equal("Erik Sandberg took over the chat from Anna Svensson", (await world.TextsAsync(chat))[^1]);
        Assert.Contains(world.Events.Published, e => e is SessionChanged { Status: SessionStatus.Active } c && c.SessionId == chat);
        // Anna keeps the chat read-only in her workspace, as after a transfer she started herself.
        Assert.True(await world.Transfers.WasHandedOverByAsync(Anna, chat, CancellationToken.None));
        var entry = Assert.Single(await world.AuditAsync());
        Assert.Equal(("chat", "take-over", Erik, "Anna Svensson → Erik Sandberg"), (entry.Area, entry.Action, entry.ActorUserId, entry.Details));
        Assert.True((await world.Desk.OpenAsync(Actor(Erik), chat, CancellationToken.None))!.IsMine);

        Assert.Equal(SendResult.Sent, await world.Desk.SendAsync(Actor(Erik), chat, Guid.NewGuid(), "Erik here", CancellationToken.None));
        Assert.Equal(SendResult.Sent, await world.Conversations.SendAsync(chat, AuthorKind.Customer, "Kim", Guid.NewGuid(), "Thanks", CancellationToken.None));
        Assert.True(await world.Desk.EndAsync(Actor(Erik), chat, CancellationToken.None));

        var messages = await world.Conversations.MessagesAfterAsync(chat, 0, CancellationToken.None);
        Assert.Equal((AuthorKind.Agent, "Erik"), (messages[^2].Author, messages[^2].AuthorName));
        Assert.Equal("Erik here", messages[^2].Text);
        Assert.Equal((SessionStatus.Ended, EndReason.Agent), ((await world.SessionAsync(chat)).Status, (await world.SessionAsync(chat)).EndReason));
    }

    [Fact]
    public async Task TakingOverAnEndedChatFailsCleanly()
    {
        var chat = await world.ChatAsync();
        await world.Conversations.EndAsync(chat, EndReason.Agent, CancellationToken.None);
        var messagesBefore = await world.TextsAsync(chat);

        Assert.Equal(ManageOutcome.NotLive, await world.Desk.TakeOverAsync(Actor(Erik), chat, CancellationToken.None));
        Assert.Equal(ManageOutcome.NotLive, await world.Desk.TransferAsync(Actor(Erik), chat, Oskar, CancellationToken.None));

        var session = await world.SessionAsync(chat);
        Assert.Equal((Anna, SessionStatus.Ended), (session.AgentId, session.Status));
        Assert.Equal(messagesBefore, await world.TextsAsync(chat));
        Assert.False(await world.Transfers.WasHandedOverByAsync(Anna, chat, CancellationToken.None));
        Assert.Empty(await world.AuditAsync());
        Assert.False((await world.Desk.OpenAsync(Actor(Erik), chat, CancellationToken.None))!.IsMine);
    }

    [Fact]
    public async Task AManagerTakingOverAQueuedChatAnswersItLikeAnAgentPickingItUp()
    {
        var chat = await world.ChatAsync(answered: false);

        Assert.Equal(ManageOutcome.Done, await world.Desk.TakeOverAsync(Actor(Erik), chat, CancellationToken.None));

        var session = await world.SessionAsync(chat);
        Assert.Equal((Erik, SessionStatus.Active), (session.AgentId, session.Status));
        Assert.Equal("queue → Erik Sandberg", Assert.Single(await world.AuditAsync()).Details);
    }

    [Fact]
    public async Task AManagerTransfersStraightToAPresentMemberWhoCanRespond()
    {
        var chat = await world.ChatAsync();
        await world.Presence.ConnectAsync(Oskar, Presence.Present, CancellationToken.None);
        await world.Presence.ConnectAsync(Lisa, Presence.Present, CancellationToken.None);
        // A transfer Anna offered earlier is void once the manager decides.
        Assert.True(await world.Transfers.TryOfferAsync(await world.SessionAsync(chat), Anna, "Anna Svensson", Oskar, CancellationToken.None));

        // Anna owns it; Erik and Lisa may not answer chats; Oskar is the only one present who can.
        Assert.Equal([(Oskar, "Oskar Berg")], await world.Desk.TransferTargetsAsync(Actor(Erik), chat, CancellationToken.None));
        Assert.Equal(ManageOutcome.NoSuchAgent, await world.Desk.TransferAsync(Actor(Erik), chat, Lisa, CancellationToken.None));
        Assert.Equal(ManageOutcome.Done, await world.Desk.TransferAsync(Actor(Erik), chat, Oskar, CancellationToken.None));

        var session = await world.SessionAsync(chat);
        Assert.Equal((Oskar, "Oskar", SessionStatus.Active), (session.AgentId, session.AgentDisplayName, session.Status));
        Assert.Equal("Erik Sandberg transferred the chat from Anna Svensson to Oskar Berg", (await world.TextsAsync(chat))[^1]);
        Assert.Null(await world.Transfers.PendingForAsync(chat, CancellationToken.None));
        var entry = Assert.Single(await world.AuditAsync());
        Assert.Equal(("chat", "transfer", "Anna Svensson → Oskar Berg"), (entry.Area, entry.Action, entry.Details));
    }

    [Fact]
    public async Task AnAbsentAgentIsNoTransferTarget()
    {
        var chat = await world.ChatAsync();

        Assert.Empty(await world.Desk.TransferTargetsAsync(Actor(Erik), chat, CancellationToken.None));
        Assert.Equal(ManageOutcome.NoSuchAgent, await world.Desk.TransferAsync(Actor(Erik), chat, Oskar, CancellationToken.None));
        Assert.Equal(Anna, (await world.SessionAsync(chat)).AgentId);
    }

    public void Dispose() => world.Dispose();
}
