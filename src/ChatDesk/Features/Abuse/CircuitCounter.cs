using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Abuse;

/// <summary>The interactive windows (Blazor circuits) open on this node, per client address and in total. A circuit
/// holds its memory until it is closed, also while its window is disconnected, so it counts from the moment it is
/// admitted until it is closed.</summary>
public sealed class CircuitCounter(IOptionsMonitor<AbuseOptions> options)
{
    private readonly Dictionary<string, int> perClient = [];
    private readonly Lock gate = new();
    private int total;

    public int Total { get { lock (gate) return total; } }

    public int OpenFor(string client) { lock (gate) return perClient.GetValueOrDefault(client); }

    /// <summary>Whether a new window for this client would be admitted now (the page asks before it renders one).</summary>
    public bool HasRoom(string client)
    {
        var limits = options.CurrentValue;
        lock (gate) return total < limits.MaxCircuits && perClient.GetValueOrDefault(client) < limits.MaxCircuitsPerClient;
    }

    /// <summary>Takes a place for a new circuit, or null when the client or the node is full.</summary>
    public CircuitSlot? TryOpen(string client)
    {
        var limits = options.CurrentValue;
        lock (gate)
        {
            var mine = perClient.GetValueOrDefault(client);
            if (total >= limits.MaxCircuits || mine >= limits.MaxCircuitsPerClient) return null;
            perClient[client] = mine + 1;
            total++;
        }
        return new CircuitSlot(this, client);
    }

    internal void Close(string client)
    {
        lock (gate)
        {
            total--;
            var left = perClient.GetValueOrDefault(client) - 1;
            // A client with nothing open leaves the table, so it never grows with addresses seen.
            if (left > 0) perClient[client] = left;
            else perClient.Remove(client);
        }
    }
}

/// <summary>One admitted circuit's place; released once, however often it is asked to be.</summary>
public sealed class CircuitSlot(CircuitCounter counter, string client)
{
    private int released;
    private int claimed;

    public string Client => client;

    /// <summary>Set by the circuit that was created with this place; an unclaimed place is given back at once.</summary>
    public bool Claim() => Interlocked.Exchange(ref claimed, 1) == 0;

    public bool Claimed => Volatile.Read(ref claimed) == 1;

    public void Release()
    {
        if (Interlocked.Exchange(ref released, 1) == 0) counter.Close(client);
    }
}
