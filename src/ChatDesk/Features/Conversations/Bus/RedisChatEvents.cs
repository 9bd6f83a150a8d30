using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatDesk.Features.Conversations.Bus;

/// <summary>The event hub of a node among several: subscribers are this node's (kept by <see cref="InProcessChatEvents"/>),
/// and every event also goes to one Redis pub/sub channel that all nodes listen to. A node delivers its own events
/// locally at once and ignores their echo from Redis (by node id), so each local subscriber hears every event once,
/// and this node's own circuits keep working while Redis is away. Publishing never throws into the caller: while
/// Redis is unreachable, events for other nodes are dropped (logged once); when it is back, every view on every node
/// reloads from the database (<see cref="BusReconnected"/>), since the database is the truth and the bus only says "look".</summary>
internal sealed partial class RedisChatEvents : IChatEvents, IDisposable
{
    private readonly InProcessChatEvents local;
    private readonly ILogger<RedisChatEvents> log;
    private readonly ConnectionMultiplexer redis;
    private readonly ISubscriber subscriber;
    private readonly RedisChannel channel;
    private readonly Lock gate = new();
    private ChannelMessageQueue? queue;
    private int downLogged;
    private Guid? probe;
    private bool disposed;

    public RedisChatEvents(IOptions<RedisBusOptions> options, InProcessChatEvents local, ILogger<RedisChatEvents> log)
    {
        this.local = local;
        this.log = log;
        channel = RedisChannel.Literal(options.Value.RedisChannelPrefix + ":events");
        var configuration = ConfigurationOptions.Parse(options.Value.Redis!);
        // A node starts, and serves its own circuits, while Redis is away; it connects when Redis is there.
        configuration.AbortOnConnectFail = false;
        // A bus for one site: try again every second rather than backing off to ten.
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        // While Redis is away an event fails at once and is dropped (pages reload when it is back), instead of
        // waiting in a backlog and arriving late.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "chatdesk";
        redis = ConnectionMultiplexer.Connect(configuration);
        subscriber = redis.GetSubscriber();
        redis.ConnectionFailed += OnConnectionFailed;
        redis.ConnectionRestored += OnConnectionRestored;
        if (redis.IsConnected) Listen();
        else log.LogWarning("Redis ({Endpoints}) is not reachable; this node serves its own pages and joins the others when it is.",
            string.Join(", ", configuration.EndPoints));
    }

    /// <summary>This node, so it knows its own events when Redis echoes them.</summary>
    public Guid Node { get; } = Guid.NewGuid();

    public IDisposable SubscribeSession(long sessionId, Func<ChatEvent, Task> handler) => local.SubscribeSession(sessionId, handler);

    public IDisposable SubscribeChannels(Func<ChatEvent, Task> handler) => local.SubscribeChannels(handler);

    public IDisposable Subscribe(ChatTopics topics, Func<ChatEvent, Task> handler) => local.Subscribe(topics, handler);

    public void Publish(ChatEvent chatEvent)
    {
        local.Publish(chatEvent);
        Send(new BusEnvelope(Node, chatEvent));
    }

    // Serialised here, in the caller's order; the multiplexer writes messages in the order they are given to it.
    private void Send(BusEnvelope envelope)
    {
        if (!redis.IsConnected)
        {
            Down(null);
            return;
        }
        string json;
        try
        {
            json = ChatEventJson.Write(envelope);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "A {Event} could not be written for the other nodes; they see it at their next reload.", envelope.Event?.GetType().Name);
            return;
        }
        _ = SendAsync(json);
    }

    private async Task SendAsync(string json)
    {
        try
        {
            await subscriber.PublishAsync(channel, json);
        }
        catch (Exception ex)
        {
            Down(ex);
        }
    }

    // Once per outage, not once per event: the database is the truth, so a lost "look" costs a reload at most.
    private void Down(Exception? ex)
    {
        if (Interlocked.Exchange(ref downLogged, 1) == 0)
            log.LogWarning(ex, "Redis is unreachable: events stay on this node until it is back; then every page reloads.");
    }

    private void OnMessage(ChannelMessage message)
    {
        if (ChatEventJson.Read(message.Message.ToString()) is not { } envelope)
        {
            log.LogDebug("A bus message this node does not understand (a newer node's event?) was skipped.");
            return;
        }
        if (envelope.Node == Node)
        {
            if (envelope.Probe is { } answered) ProbeAnswered(answered);
            return;
        }
        if (envelope.Event is { } chatEvent) local.Publish(chatEvent with { Remote = true });
    }

    public void Dispose()
    {
        lock (gate) disposed = true;
        redis.ConnectionFailed -= OnConnectionFailed;
        redis.ConnectionRestored -= OnConnectionRestored;
        redis.Dispose();
    }
}
