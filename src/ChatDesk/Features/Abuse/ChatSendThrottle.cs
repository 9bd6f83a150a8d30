namespace ChatDesk.Features.Abuse;

/// <summary>At most 5 new messages in any 5 seconds per chat, however many windows (tabs) the customer has open on
/// it: enough for a fast typist, not for a flood. One instance per node (a singleton): with several nodes each
/// counts its own share until the limit moves to shared storage (issue 14).</summary>
public sealed class ChatSendThrottle(TimeProvider time, int limit = 5, int windowSeconds = 5)
{
    private readonly Dictionary<long, Queue<DateTimeOffset>> recent = [];
    private readonly Lock gate = new();
    private readonly TimeSpan window = TimeSpan.FromSeconds(windowSeconds);
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    /// <summary>How many chats hold entries now; idle ones are dropped, so this stays near the number of busy chats.</summary>
    public int TrackedChats { get { lock (gate) return recent.Count; } }

    public bool TryTake(long chatId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            SweepIdle(now);
            if (!recent.TryGetValue(chatId, out var sent)) recent[chatId] = sent = new Queue<DateTimeOffset>(limit);
            Forget(sent, now);
            if (sent.Count >= limit) return false;
            sent.Enqueue(now);
            return true;
        }
    }

    /// <summary>Returns the turn the last <see cref="TryTake"/> took, for a message that turned out not to be new
    /// (a resend of a stored one) or was not stored.</summary>
    public void GiveBack(long chatId)
    {
        lock (gate)
        {
            if (!recent.TryGetValue(chatId, out var sent) || sent.Count == 0) return;
            // The newest entry is the one just taken; the queue keeps the others in order.
            var kept = sent.ToArray()[..^1];
            sent.Clear();
            foreach (var at in kept) sent.Enqueue(at);
        }
    }

    // At most once a window: every chat whose last message left the window is forgotten, so the table never
    // grows with the number of chats ever seen.
    private void SweepIdle(DateTimeOffset now)
    {
        if (now - lastSweep < window) return;
        lastSweep = now;
        foreach (var (chatId, sent) in recent)
        {
            Forget(sent, now);
            if (sent.Count == 0) recent.Remove(chatId);
        }
    }

    private void Forget(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        while (sent.Count > 0 && now - sent.Peek() >= window) sent.Dequeue();
    }
}
