using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.ListenIn;
using static ChatDesk.Tests.Features.Supervision.ListenIn.ListenInWorld;

namespace ChatDesk.Tests.Features.Supervision.ListenIn;

/// <summary>Who may listen in: only users with "can listen in" on the chat's channel, whatever route they take.</summary>
public sealed class ListenInDeskAccessTests : IDisposable
{
    private readonly ListenInWorld world = new();

    [Fact]
    public async Task OnlyUsersWithCanListenInOnTheChatsChannelMayListenIn()
    {
        var chat = await world.ChatAsync();

        foreach (var listener in new[] { Lisa, Erik })
        {
            var view = await world.Desk.OpenAsync(Actor(listener), chat, CancellationToken.None);
            Assert.Equal("Kim", view!.CustomerName);
            Assert.Equal("Anna Svensson", view.AgentName);
            Assert.False(view.IsMine);
            Assert.Contains("Secret question", (await world.Desk.MessagesAfterAsync(Actor(listener), chat, 0, CancellationToken.None)).Select(m => m.Text));
        }
        // A member without the right, a manager of another channel, and an admin who is a member of no channel.
        foreach (var stranger in new[] { Actor(Nils), Actor(Olle), Actor(Maja, StaffRoles.Admin) })
        {
            Assert.Null(await world.Desk.OpenAsync(stranger, chat, CancellationToken.None));
            Assert.Empty(await world.Desk.MessagesAfterAsync(stranger, chat, 0, CancellationToken.None));
            Assert.DoesNotContain(await world.Desk.OngoingAsync(stranger, CancellationToken.None), c => c.SessionId == chat);
        }
    }

    [Fact]
    public async Task AnUnknownChatReadsExactlyLikeAForbiddenOne() =>
        Assert.Null(await world.Desk.OpenAsync(Actor(Lisa), 4242, CancellationToken.None));

    [Fact]
    public async Task AnAgentIsRefusedEvenWithCanListenInOnTheChannel()
    {
        var chat = await world.ChatAsync();
        var agentOnly = Actor(Lisa, StaffRoles.Agent);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Desk.OpenAsync(agentOnly, chat, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Desk.OngoingAsync(agentOnly, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Desk.MessagesAfterAsync(agentOnly, chat, 0, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Desk.TakeOverAsync(agentOnly, chat, CancellationToken.None));
    }

    [Fact]
    public async Task TheListShowsOnlyOngoingChatsOfTheListenersChannelsOldestFirst()
    {
        var active = await world.ChatAsync("Active Customer");
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var queued = await world.ChatAsync("Queued Customer", answered: false);
        var ended = await world.ChatAsync("Ended Customer");
        await world.Conversations.EndAsync(ended, EndReason.Agent, CancellationToken.None);
        await world.ChatAsync("Other Customer", channel: world.Other);

        var list = await world.Desk.OngoingAsync(Actor(Lisa), CancellationToken.None);

        Assert.Equal([active, queued], list.Select(c => c.SessionId));
        Assert.Equal(new OngoingChat(active, "support", "Active Customer", SessionStatus.Active, "Anna Svensson",
            new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), list[0]);
        Assert.Equal(new OngoingChat(queued, "support", "Queued Customer", SessionStatus.Queued, null,
            new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.Zero)), list[1]);
    }

    [Fact]
    public async Task ListeningInAddsNoMessageAndTellsNobody()
    {
        var chat = await world.ChatAsync();
        var messagesBefore = await world.TextsAsync(chat);
        var eventsBefore = world.Events.Published.Count;

        await world.Desk.OngoingAsync(Actor(Erik), CancellationToken.None);
        await world.Desk.OpenAsync(Actor(Erik), chat, CancellationToken.None);
        await world.Desk.MessagesAfterAsync(Actor(Erik), chat, 0, CancellationToken.None);
        await world.Desk.TransferTargetsAsync(Actor(Erik), chat, CancellationToken.None);

        Assert.Equal(messagesBefore, await world.TextsAsync(chat));
        Assert.Equal(eventsBefore, world.Events.Published.Count);
        Assert.Null(await world.Transfers.PendingForAsync(chat, CancellationToken.None));
        Assert.Empty(await world.AuditAsync());
        var session = await world.SessionAsync(chat);
        Assert.Equal((Anna, SessionStatus.Active), (session.AgentId, session.Status));
    }

    public void Dispose() => world.Dispose();
}
