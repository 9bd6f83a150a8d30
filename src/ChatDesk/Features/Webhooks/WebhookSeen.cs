using System.Collections.Concurrent;

namespace ChatDesk.Features.Webhooks;

/// <summary>What the capture reported in commits that succeeded, for the event-bus fallback of the same process:
/// moves to "active" it reported itself (a transfer, a return to the same agent), which the fallback must not call
/// an accept, and messages it queued, which the fallback need not look up. Bounded: the bus event follows its
/// commit within moments, so old entries are dropped.</summary>
internal sealed class WebhookSeen
{
    private const int Limit = 10_000;
    private readonly ConcurrentDictionary<long, int> activeMoves = new();
    private readonly ConcurrentDictionary<(long, int), byte> messages = new();

    public void ActiveMove(long sessionId)
    {
        if (activeMoves.Count >= Limit) activeMoves.Clear();
        activeMoves.AddOrUpdate(sessionId, 1, (_, count) => count + 1);
    }

    /// <summary>True (and counted off) when this "chat is active" event is one the capture reported already.</summary>
    public bool TakeActiveMove(long sessionId)
    {
        while (activeMoves.TryGetValue(sessionId, out var count))
        {
            var updated = count > 1 ? activeMoves.TryUpdate(sessionId, count - 1, count)
                : activeMoves.TryRemove(new KeyValuePair<long, int>(sessionId, count));
            if (updated) return true;
        }
        return false;
    }

    public void Message(long sessionId, int sequence)
    {
        if (messages.Count >= Limit) messages.Clear();
        messages[(sessionId, sequence)] = 0;
    }

    public bool HasMessage(long sessionId, int sequence) => messages.ContainsKey((sessionId, sequence));
}
