namespace ChatDesk.Features.CustomerChat;

/// <summary>At most 5 messages in any 5 seconds per chat window: enough for a fast typist, not for a flood.</summary>
public sealed class SendThrottle(TimeProvider time, int limit = 5, int windowSeconds = 5)
{
    private readonly Queue<DateTimeOffset> recent = new();

    public bool TryTake()
    {
        var now = time.GetUtcNow();
        while (recent.Count > 0 && now - recent.Peek() >= TimeSpan.FromSeconds(windowSeconds)) recent.Dequeue();
        if (recent.Count >= limit) return false;
        recent.Enqueue(now);
        return true;
    }
}
