namespace ChatDesk.Features.Agents;

public sealed record TransferOffer(long SessionId, string FromAgentId, string FromName, string ToAgentId, string CustomerName, DateTimeOffset At);

/// <summary>Transfers waiting for the receiver's answer. Kept in memory on purpose: an offer only means something
/// while both agents are looking at it; after a restart the chat simply stays with the sender.</summary>
public sealed class TransferBoard(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, TransferOffer> pending = [];
    // Chats each agent handed over, so they keep a read-only view until they close it.
    private readonly HashSet<(string AgentId, long SessionId)> handedOver = [];

    public event Action? Changed;

    public bool TryOffer(long sessionId, string fromId, string fromName, string toId, string customerName)
    {
        lock (gate)
        {
            if (pending.ContainsKey(sessionId)) return false;
            pending[sessionId] = new TransferOffer(sessionId, fromId, fromName, toId, customerName, time.GetUtcNow());
        }
        Changed?.Invoke();
        return true;
    }

    public TransferOffer? PendingFor(long sessionId)
    {
        lock (gate) return pending.GetValueOrDefault(sessionId);
    }

    public IReadOnlyList<TransferOffer> OffersTo(string agentId)
    {
        lock (gate) return pending.Values.Where(o => o.ToAgentId == agentId).OrderBy(o => o.At).ToList();
    }

    /// <summary>Removes the offer if the given agent may settle it (receiver to accept or reject, sender to cancel).</summary>
    public TransferOffer? Take(long sessionId, Func<TransferOffer, bool> allowed)
    {
        TransferOffer? offer;
        lock (gate)
        {
            if (!pending.TryGetValue(sessionId, out offer) || !allowed(offer)) return null;
            pending.Remove(sessionId);
        }
        Changed?.Invoke();
        return offer;
    }

    public void HandedOver(string agentId, long sessionId)
    {
        lock (gate) handedOver.Add((agentId, sessionId));
    }

    public bool WasHandedOverBy(string agentId, long sessionId)
    {
        lock (gate) return handedOver.Contains((agentId, sessionId));
    }

    public void Forget(string agentId, long sessionId)
    {
        lock (gate) handedOver.Remove((agentId, sessionId));
    }
}
