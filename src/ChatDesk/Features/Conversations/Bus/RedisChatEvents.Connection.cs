using StackExchange.Redis;

namespace ChatDesk.Features.Conversations.Bus;

// Losing and finding Redis again.
internal sealed partial class RedisChatEvents
{
    // StackExchange.Redis keeps the subscription and subscribes again on every reconnect; this only starts it once.
    private void Listen()
    {
        lock (gate)
        {
            if (queue is not null || disposed) return;
            try
            {
                queue = subscriber.Subscribe(channel);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                log.LogWarning(ex, "Subscribing to the Redis channel failed; trying again when Redis is back.");
                TryForget();
                return;
            }
        }
        // In order, one at a time: a chat's events arrive as they were published.
        queue.OnMessage(OnMessage);
    }

    // A failed first subscribe may have left its queue registered; nobody would read it.
    private void TryForget()
    {
        try { subscriber.Unsubscribe(channel, flags: CommandFlags.FireAndForget); }
        catch (Exception ex) when (ex is RedisException or TimeoutException) { }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription) Down(e.Exception);
    }

    // Back: once Redis answers this node's own probe on the channel, the subscription is in place again; then every
    // view here reloads, and so does every view on the other nodes (they may have missed what this node said).
    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription) return;
        Interlocked.Exchange(ref downLogged, 0);
        log.LogInformation("Redis is reachable again; pages reload what they show from the database.");
        Listen();
        _ = ProbeAsync();
    }

    private async Task ProbeAsync()
    {
        var id = Guid.NewGuid();
        lock (gate) probe = id;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            Send(new BusEnvelope(Node, null, id));
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            lock (gate) if (probe != id) return; // answered, or a newer outage started a newer probe
        }
        // No echo after five seconds: reload anyway, so nothing waits on a bus that may stay half broken.
        ProbeAnswered(id);
    }

    private void ProbeAnswered(Guid id)
    {
        lock (gate)
        {
            if (probe != id) return;
            probe = null;
        }
        Publish(new BusReconnected());
    }
}
