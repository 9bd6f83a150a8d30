namespace ChatDesk.Features.Conversations;

/// <summary>Which chats have a customer window connected, and since when a chat has had none. A closed
/// window ends the chat after a grace period; a reload inside it simply reconnects.</summary>
public sealed class CustomerConnections(TimeProvider time)
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    private readonly Lock gate = new();
    private readonly Dictionary<long, int> connected = [];
    private readonly Dictionary<long, DateTimeOffset> goneSince = [];

    public void Up(long sessionId)
    {
        lock (gate)
        {
            connected[sessionId] = connected.GetValueOrDefault(sessionId) + 1;
            goneSince.Remove(sessionId);
        }
    }

    public void Down(long sessionId)
    {
        lock (gate)
        {
            var count = connected.GetValueOrDefault(sessionId) - 1;
            if (count > 0)
            {
                connected[sessionId] = count;
                return;
            }
            connected.Remove(sessionId);
            goneSince[sessionId] = time.GetUtcNow();
        }
    }

    /// <summary>Chats whose customer has been gone longer than the grace period; each is reported once.</summary>
    public IReadOnlyList<long> TakeGone()
    {
        var cutoff = time.GetUtcNow() - Grace;
        lock (gate)
        {
            var gone = goneSince.Where(g => g.Value <= cutoff).Select(g => g.Key).ToList();
            foreach (var id in gone) goneSince.Remove(id);
            return gone;
        }
    }
}
