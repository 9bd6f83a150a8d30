using ChatDesk.Features.Identity;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Agents;

/// <summary>Who is present to answer chats. An agent is present when they chose Present and a workspace tab
/// of theirs is connected, or was until less than the grace period ago (a reload or a flaky network must not
/// close a channel). Away agents can still answer chats; they just do not open channels or get alerts.</summary>
public sealed class AgentPresence(TimeProvider time, IOptions<AgentOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> agents = [];

    public event Action? Changed;

    private TimeSpan Grace => TimeSpan.FromSeconds(options.Value.PresenceGraceSeconds);

    /// <summary>A workspace tab is connected; dispose when its connection drops.</summary>
    public IDisposable Connect(string userId, Presence chosen)
    {
        lock (gate)
        {
            var entry = agents.TryGetValue(userId, out var found) ? found : agents[userId] = new Entry();
            entry.Open++;
            entry.Chosen = chosen;
            entry.LastClosed = null;
        }
        Changed?.Invoke();
        return new Connection(this, userId);
    }

    public void Choose(string userId, Presence chosen)
    {
        lock (gate)
        {
            if (!agents.TryGetValue(userId, out var entry)) return;
            entry.Chosen = chosen;
        }
        Changed?.Invoke();
    }

    public bool IsPresent(string userId)
    {
        lock (gate) return agents.TryGetValue(userId, out var entry) && entry.Chosen == Presence.Present && IsConnected(entry);
    }

    /// <summary>Has a workspace open (present or away), e.g. to take back a returning customer.</summary>
    public bool IsOnline(string userId)
    {
        lock (gate) return agents.TryGetValue(userId, out var entry) && IsConnected(entry);
    }

    public IReadOnlySet<string> PresentUsers()
    {
        lock (gate) return agents.Where(a => a.Value.Chosen == Presence.Present && IsConnected(a.Value)).Select(a => a.Key).ToHashSet();
    }

    /// <summary>Forgets agents whose last tab closed longer than the grace period ago; called periodically.</summary>
    public void ExpireGrace()
    {
        bool changed;
        lock (gate)
        {
            var gone = agents.Where(a => !IsConnected(a.Value)).Select(a => a.Key).ToList();
            foreach (var userId in gone) agents.Remove(userId);
            changed = gone.Count > 0;
        }
        if (changed) Changed?.Invoke();
    }

    private bool IsConnected(Entry entry) =>
        entry.Open > 0 || (entry.LastClosed is { } closed && time.GetUtcNow() - closed < Grace);

    private void Disconnect(string userId)
    {
        lock (gate)
        {
            if (!agents.TryGetValue(userId, out var entry)) return;
            entry.Open = Math.Max(0, entry.Open - 1);
            if (entry.Open == 0) entry.LastClosed = time.GetUtcNow();
        }
        Changed?.Invoke();
    }

    private sealed class Entry
    {
        public int Open;
        public Presence Chosen = Presence.Present;
        public DateTimeOffset? LastClosed;
    }

    private sealed class Connection(AgentPresence owner, string userId) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Disconnect(userId);
        }
    }
}
