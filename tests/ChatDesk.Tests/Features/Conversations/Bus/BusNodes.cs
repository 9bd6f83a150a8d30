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

    public static async Task<BusNodes> StartAsync() => new(await RedisTestServer.StartNewAsync());

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
