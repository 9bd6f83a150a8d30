using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>Issue 14.2: a node that loses Redis keeps serving its own pages, and when Redis is back every page reloads
/// from the database and events flow between the nodes again.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private BusNodes nodes = null!;

    public async Task InitializeAsync() => nodes = await BusNodes.StartAsync();

    public async Task DisposeAsync() => await nodes.DisposeAsync();

    [Fact]
    public async Task WhileRedisIsDownANodeStillHearsItselfAndAfterItIsBackEveryoneResyncsAndHearsEachOther()
    {
        await nodes.FenceAsync(nodes.A, nodes.HeardOnB); // both nodes listen

        await nodes.Redis.KillAsync();
        var exception = Record.Exception(() => nodes.A.Publish(new MessageAdded(42, 7, 3)));

        Assert.Null(exception);
        Assert.Single(nodes.HeardOnA.Heard.OfType<MessageAdded>()); // its own pages still get it, at once
        nodes.HeardOnA.Clear();
        nodes.HeardOnB.Clear();

        await nodes.Redis.StartAsync();
        await nodes.HeardOnA.WaitForAsync(e => e is BusReconnected { Remote: false });
        await nodes.HeardOnB.WaitForAsync(e => e is BusReconnected { Remote: false });
        nodes.A.Publish(new MessageAdded(42, 7, 4));
        await nodes.FenceAsync(nodes.A, nodes.HeardOnB);

        Assert.Equal(4, Assert.Single(nodes.HeardOnB.Heard.OfType<MessageAdded>()).Sequence);
    }

    [Fact]
    public async Task TheResyncReachesEverySubscriptionWhateverItListensTo()
    {
        var session = new EventLog();
        var agent = new EventLog();
        using var bySession = nodes.B.SubscribeSession(42, session.Record);
        using var byAgent = nodes.B.Subscribe(new ChatTopics(AgentId: "anna"), agent.Record);

        await nodes.Redis.KillAsync();
        await nodes.Redis.StartAsync();

        await session.WaitForAsync(e => e is BusReconnected);
        await agent.WaitForAsync(e => e is BusReconnected);
    }
}
