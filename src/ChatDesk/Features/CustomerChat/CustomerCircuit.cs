using ChatDesk.Features.Conversations;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.CustomerChat;

/// <summary>Per circuit: the chat this customer window shows, reported up and down as the connection
/// comes and goes (a closed tab drops the connection at once; the circuit itself lingers for minutes).</summary>
public sealed class CustomerCircuit(CustomerConnections connections) : CircuitHandler, IDisposable
{
    private long? sessionId;
    private bool up = true;

    public void Show(long? session)
    {
        if (session == sessionId) return;
        if (sessionId is { } old && up) connections.Down(old);
        sessionId = session;
        if (sessionId is { } current && up) connections.Up(current);
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (up && sessionId is { } id) connections.Down(id);
        up = false;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (!up && sessionId is { } id) connections.Up(id);
        up = true;
        return Task.CompletedTask;
    }

    public void Dispose() => Show(null);
}
