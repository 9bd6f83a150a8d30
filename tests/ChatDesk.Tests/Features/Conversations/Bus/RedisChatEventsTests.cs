using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>Issue 14.2: two nodes on one real Redis hear each other's events, each subscriber once.</summary>
public sealed class RedisChatEventsTests : IAsyncLifetime
{
    private BusNodes nodes = null!;

    public async Task InitializeAsync() => nodes = await BusNodes.StartAsync();

    public async Task DisposeAsync() => await nodes.DisposeAsync();

    [Fact]
    public async Task AnEventPublishedOnOneNodeReachesBothNodesSubscribersExactlyOnce()
    {
        var message = new ChatMessage { Id = 9, SessionId = 42, Sequence = 3, Author = AuthorKind.Customer, Text = "Hej!" };

        nodes.A.Publish(new MessageAdded(42, 7, 3, message) { AgentId = "anna" });
        await nodes.FenceAsync(nodes.A, nodes.HeardOnB);
        await nodes.FenceAsync(nodes.A, nodes.HeardOnA);

        var onB = Assert.Single(nodes.HeardOnB.Heard.OfType<MessageAdded>());
        Assert.Equal((42L, 7, 3, "anna", "Hej!", AuthorKind.Customer, true),
            (onB.SessionId, onB.ChannelId, onB.Sequence, onB.AgentId, onB.Message?.Text, onB.Message?.Author, onB.Remote));
        var onA = Assert.Single(nodes.HeardOnA.Heard.OfType<MessageAdded>());
        Assert.False(onA.Remote);
    }

    [Fact]
    public async Task ASubscriberOfOneSessionOnTheOtherNodeHearsItsEventsOnly()
    {
        var log = new EventLog();
        using var subscription = nodes.B.SubscribeSession(42, log.Record);

        nodes.A.Publish(new TypingChanged(41, 7, AuthorKind.Agent, true));
        nodes.A.Publish(new TypingChanged(42, 7, AuthorKind.Customer, true));
        await nodes.FenceAsync(nodes.A, nodes.HeardOnB);

        var heard = Assert.Single(log.Heard);
        Assert.Equal(new TypingChanged(42, 7, AuthorKind.Customer, true) { Remote = true }, heard);
    }

    [Fact]
    public async Task EveryKindOfEventCrossesToTheOtherNodeUnchanged()
    {
        var sent = ChatEventSamples.All();
        foreach (var chatEvent in sent) nodes.A.Publish(chatEvent);
        await nodes.FenceAsync(nodes.A, nodes.HeardOnB);

        var received = nodes.HeardOnB.Heard.Where(e => e.SessionId != long.MaxValue).ToList();
        Assert.Equal(sent.Select(ChatEventSamples.Json), received.Select(ChatEventSamples.Json));
        Assert.All(received, e => Assert.True(e.Remote));
    }

    [Fact]
    public async Task EndingAStaffUsersSessionsOnOneNodeSignsOutTheirPagesOnTheOther()
    {
        using var onA = new StaffSessions(TimeProvider.System, nodes.A);
        using var onB = new StaffSessions(TimeProvider.System, nodes.B);
        var endedOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherUser = 0;
        using var anna = onB.OnEnded("anna", () => { endedOnB.TrySetResult(); return Task.CompletedTask; });
        using var erik = onB.OnEnded("erik", () => { Interlocked.Increment(ref otherUser); return Task.CompletedTask; });
        var issuedBefore = DateTimeOffset.UtcNow.AddMinutes(-1);

        onA.End("anna");
        await endedOnB.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(onB.WasEnded("anna", issuedBefore)); // an old cookie is refused on node B too
        Assert.False(onB.WasEnded("erik", issuedBefore));
        Assert.Equal(0, otherUser);
    }

    [Fact]
    public async Task AChannelSavedOnOneNodeReloadsThatChannelsPagesOnTheOther()
    {
        var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherChannel = 0;
        using var page = new ChannelSettingsChanged(nodes.B).OnChanged(5, () => saved.TrySetResult());
        using var other = new ChannelSettingsChanged(nodes.B).OnChanged(6, () => Interlocked.Increment(ref otherChannel));

        new ChannelSettingsChanged(nodes.A).Publish(5);
        await saved.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await nodes.FenceAsync(nodes.A, nodes.HeardOnB);

        Assert.Equal(0, otherChannel);
    }
}
