using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.Agents;

/// <summary>Per circuit: keeps the agent's presence connected exactly while this workspace tab's connection is
/// up (a closed tab drops the connection at once; the circuit itself lingers for minutes).</summary>
public sealed class AgentCircuit(AgentPresence presence) : CircuitHandler, IAsyncDisposable
{
    private string? userId;
    private Presence chosen;
    private IAsyncDisposable? connection;
    private bool up = true;

    public async Task OpenAsync(string agentId, Presence choice)
    {
        userId = agentId;
        chosen = choice;
        if (up) connection ??= await presence.ConnectAsync(agentId, choice, CancellationToken.None);
    }

    public Task ChooseAsync(Presence choice)
    {
        chosen = choice;
        return userId is null ? Task.CompletedTask : presence.ChooseAsync(userId, choice, CancellationToken.None);
    }

    public override async Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        up = false;
        await CloseAsync();
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        up = true;
        if (userId is not null) connection ??= await presence.ConnectAsync(userId, chosen, cancellationToken);
    }

    public ValueTask DisposeAsync() => CloseAsync();

    private async ValueTask CloseAsync()
    {
        var open = connection;
        connection = null;
        if (open is not null) await open.DisposeAsync();
    }
}
