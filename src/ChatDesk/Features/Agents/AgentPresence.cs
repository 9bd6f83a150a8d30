namespace ChatDesk.Features.Agents;

/// <summary>Which agents have a workspace open right now. An agent counts as present while at least one of
/// their workspace tabs is connected (the Present/Away switch refines this later).</summary>
public sealed class AgentPresence
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> openWorkspaces = [];

    public event Action? Changed;

    public IDisposable Connect(string userId)
    {
        lock (gate) openWorkspaces[userId] = openWorkspaces.GetValueOrDefault(userId) + 1;
        Changed?.Invoke();
        return new Connection(this, userId);
    }

    public bool IsPresent(string userId)
    {
        lock (gate) return openWorkspaces.ContainsKey(userId);
    }

    public IReadOnlySet<string> PresentUsers()
    {
        lock (gate) return openWorkspaces.Keys.ToHashSet();
    }

    private void Disconnect(string userId)
    {
        lock (gate)
        {
            var count = openWorkspaces.GetValueOrDefault(userId) - 1;
            if (count <= 0) openWorkspaces.Remove(userId);
            else openWorkspaces[userId] = count;
        }
        Changed?.Invoke();
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
