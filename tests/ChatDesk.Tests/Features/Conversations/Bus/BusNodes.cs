using ChatDesk.Features.Conversations;
using ChatDesk.Features.Conversations.Bus;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>A real Redis and two <see cref="RedisChatEvents"/> on it, as two app nodes would have, each with one
/// all-channels subscriber that records what it heard.</summary>
public sealed class BusNodes : IAsyncDisposable
{
    private readonly List<IDisposable> subscriptions = [];

    private BusNodes(RedisTestServer redis)
    {
        Redis = redis;
        var prefix = "test-" + Guid.NewGuid().ToString("N");
        A = NewNode(prefix);
        B = NewNode(prefix);
        subscriptions.Add(A.SubscribeChannels(HeardOnA.Record));
        subscriptions.Add(B.SubscribeChannels(HeardOnB.Record));
    }

    public RedisTestServer Redis { get; }
    internal RedisChatEvents A { get; }
    internal RedisChatEvents B { get; }
    public EventLog HeardOnA { get; } = new();
    public EventLog HeardOnB { get; } = new();

    /// <summary>Two nodes that already hear each other, with empty logs.</summary>
    public static async Task<BusNodes> StartAsync()
    {
        var nodes = new BusNodes(await RedisTestServer.StartNewAsync());
        await nodes.ConnectedAsync(nodes.A, nodes.HeardOnB);
        await nodes.ConnectedAsync(nodes.B, nodes.HeardOnA);
        nodes.HeardOnA.Clear();
        nodes.HeardOnB.Clear();
        return nodes;
    }

    // A node's connection to Redis may still be opening when it is made (on a busy machine): an event published
    // before then is dropped by design (pages reload when the bus is back), and a test would miss it. Markers go out
    // until the other node hears one.
    private async Task ConnectedAsync(IChatEvents from, EventLog on)
    {
        var heard = on.WaitForAsync(e => e is SessionChanged { SessionId: long.MaxValue });
        while (!heard.IsCompleted)
        {
            from.Publish(new SessionChanged(long.MaxValue, int.MaxValue, SessionStatus.Ended));
            await Task.WhenAny(heard, Task.Delay(100));
        }
        await heard;
    }

    internal RedisChatEvents NewNode(string prefix) => new(
        Options.Create(new RedisBusOptions { Redis = Redis.ConnectionString, RedisChannelPrefix = prefix }),
        new InProcessChatEvents(NullLogger<InProcessChatEvents>.Instance), NullLogger<RedisChatEvents>.Instance);

    /// <summary>Publishes a marker on <paramref name="from"/> and waits until <paramref name="on"/> heard it: a node's
    /// events arrive in order, so whatever was published before it has arrived too.</summary>
    public async Task FenceAsync(IChatEvents from, EventLog on)
    {
        var marker = new SessionChanged(long.MaxValue, int.MaxValue, SessionStatus.Ended);
        from.Publish(marker);
        await on.WaitForAsync(e => e is SessionChanged { SessionId: long.MaxValue });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in subscriptions) subscription.Dispose();
        A.Dispose();
        B.Dispose();
        await Redis.DisposeAsync();
    }
}
