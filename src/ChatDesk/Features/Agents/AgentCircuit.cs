using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.Agents;

/// <summary>Per circuit: keeps the agent's presence connected exactly while this workspace tab's connection is
/// up (a closed tab drops the connection at once; the circuit itself lingers for minutes).</summary>
public sealed class AgentCircuit(AgentPresence presence) : CircuitHandler, IDisposable
{
    private string? userId;
    private Presence chosen;
    private IDisposable? connection;
    private bool up = true;

    public void Open(string agentId, Presence choice)
    {
        userId = agentId;
        chosen = choice;
        if (up) connection ??= presence.Connect(agentId, choice);
    }

    public void Choose(Presence choice)
    {
        chosen = choice;
        if (userId is not null) presence.Choose(userId, choice);
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        up = false;
        connection?.Dispose();
        connection = null;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        up = true;
        if (userId is not null) connection ??= presence.Connect(userId, chosen);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        connection?.Dispose();
        connection = null;
    }
}
