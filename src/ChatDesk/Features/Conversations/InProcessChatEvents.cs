namespace ChatDesk.Features.Conversations;

internal sealed class InProcessChatEvents(ILogger<InProcessChatEvents> logger) : IChatEvents
{
    private readonly Lock gate = new();
    private readonly List<Subscription> subscriptions = [];

    public IDisposable SubscribeSession(long sessionId, Func<ChatEvent, Task> handler) => Add(new Subscription(this, sessionId, handler));

    public IDisposable SubscribeChannels(Func<ChatEvent, Task> handler) => Add(new Subscription(this, null, handler));

    public void Publish(ChatEvent chatEvent)
    {
        Subscription[] targets;
        lock (gate) targets = subscriptions.Where(s => s.SessionId is null || s.SessionId == chatEvent.SessionId).ToArray();
        foreach (var target in targets) _ = DeliverAsync(target, chatEvent);
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

    private Subscription Add(Subscription subscription)
    {
        lock (gate) subscriptions.Add(subscription);
        return subscription;
    }

    private sealed class Subscription(InProcessChatEvents owner, long? sessionId, Func<ChatEvent, Task> handler) : IDisposable
    {
        public long? SessionId { get; } = sessionId;
        public Func<ChatEvent, Task> Handler { get; } = handler;
        public bool Disposed { get; private set; }

        public void Dispose()
        {
            lock (owner.gate)
            {
                Disposed = true;
                owner.subscriptions.Remove(this);
            }
        }
    }
}
