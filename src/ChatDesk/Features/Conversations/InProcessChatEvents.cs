using System.Collections.Concurrent;

namespace ChatDesk.Features.Conversations;

/// <summary>The event hub of one node. Subscriptions are filed by key (session, channel, agent), so publishing
/// touches only the subscribers of the event's own keys plus the few all-channels listeners, never one list of
/// every open page. Each key holds an immutable array replaced on (un)subscribe, so publishing takes no lock.</summary>
internal sealed class InProcessChatEvents(ILogger<InProcessChatEvents> logger) : IChatEvents
{
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<long, Subscription[]> bySession = new();
    private readonly ConcurrentDictionary<int, Subscription[]> byChannel = new();
    private readonly ConcurrentDictionary<string, Subscription[]> byAgent = new(StringComparer.Ordinal);
    private volatile Subscription[] everything = [];

    public IDisposable SubscribeSession(long sessionId, Func<ChatEvent, Task> handler) =>
        Subscribe(new ChatTopics(Sessions: [sessionId]), handler);

    public IDisposable SubscribeChannels(Func<ChatEvent, Task> handler)
    {
        var subscription = new Subscription(this, null, handler);
        lock (gate) everything = [.. everything, subscription];
        return subscription;
    }

    public IDisposable Subscribe(ChatTopics topics, Func<ChatEvent, Task> handler)
    {
        var subscription = new Subscription(this, topics, handler);
        lock (gate) Change(topics, list => [.. list, subscription]);
        return subscription;
    }

    public void Publish(ChatEvent chatEvent)
    {
        HashSet<Subscription>? seen = null;
        if (chatEvent.ToEveryone)
        {
            DeliverToEveryone(chatEvent);
            return;
        }
        // All-channels listeners first: caches among them (the queue view) are cleared before any page asks again.
        Deliver(everything, chatEvent, ref seen);
        Deliver(bySession.GetValueOrDefault(chatEvent.SessionId), chatEvent, ref seen);
        if (chatEvent.ChannelWide) Deliver(byChannel.GetValueOrDefault(chatEvent.ChannelId), chatEvent, ref seen);
        if (chatEvent.AgentId is { } agent) Deliver(byAgent.GetValueOrDefault(agent), chatEvent, ref seen);
    }

    /// <summary>How many subscriptions are filed (each key of a subscription counts once); for tests and diagnostics.</summary>
    internal int Filed => bySession.Values.Sum(s => s.Length) + byChannel.Values.Sum(s => s.Length)
        + byAgent.Values.Sum(s => s.Length) + everything.Length;

    // Rare (a resync after a bus outage): every subscription once, whatever keys it is filed under.
    private void DeliverToEveryone(ChatEvent chatEvent)
    {
        HashSet<Subscription> seen = [];
        foreach (var target in everything.Concat(bySession.Values.SelectMany(s => s))
            .Concat(byChannel.Values.SelectMany(s => s)).Concat(byAgent.Values.SelectMany(s => s)))
            if (seen.Add(target)) _ = DeliverAsync(target, chatEvent);
    }

    // A subscription filed under several keys the event carries (its channel and its agent) hears it once.
    private void Deliver(Subscription[]? targets, ChatEvent chatEvent, ref HashSet<Subscription>? seen)
    {
        if (targets is null) return;
        foreach (var target in targets)
        {
            if (target.Keys > 1 && !(seen ??= []).Add(target)) continue;
            _ = DeliverAsync(target, chatEvent);
        }
    }

    // One slow or broken view must not hold up or break the others.
    // A subscription disposed meanwhile (its tab closed) is skipped, and one torn down while handling is not an error.
    private async Task DeliverAsync(Subscription target, ChatEvent chatEvent)
    {
        if (target.Disposed) return;
        try { await target.Handler(chatEvent); }
        catch (Exception) when (target.Disposed) { }
        catch (OperationCanceledException) { }
        catch (Exception ex) { logger.LogWarning(ex, "A chat event handler failed for session {SessionId}.", chatEvent.SessionId); }
    }

    // Called under the gate: replaces the array of every key the topics name.
    private void Change(ChatTopics topics, Func<Subscription[], Subscription[]> change)
    {
        foreach (var session in topics.Sessions ?? []) Replace(bySession, session, change);
        foreach (var channel in topics.Channels ?? []) Replace(byChannel, channel, change);
        if (topics.AgentId is { } agent) Replace(byAgent, agent, change);
    }

    private static void Replace<TKey>(ConcurrentDictionary<TKey, Subscription[]> index, TKey key, Func<Subscription[], Subscription[]> change)
        where TKey : notnull
    {
        var changed = change(index.GetValueOrDefault(key) ?? []);
        // An empty key is dropped, so the index holds only keys someone still listens to.
        if (changed.Length == 0) index.TryRemove(key, out _);
        else index[key] = changed;
    }

    private sealed class Subscription(InProcessChatEvents owner, ChatTopics? topics, Func<ChatEvent, Task> handler) : IDisposable
    {
        public Func<ChatEvent, Task> Handler { get; } = handler;
        public int Keys { get; } = topics is null ? 1
            : (topics.Sessions?.Count ?? 0) + (topics.Channels?.Count ?? 0) + (topics.AgentId is null ? 0 : 1);
        public bool Disposed { get; private set; }

        public void Dispose()
        {
            lock (owner.gate)
            {
                if (Disposed) return;
                Disposed = true;
                if (topics is null) owner.everything = owner.everything.Where(s => s != this).ToArray();
                else owner.Change(topics, list => list.Where(s => s != this).ToArray());
            }
        }
    }
}
