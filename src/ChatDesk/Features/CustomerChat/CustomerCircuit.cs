using ChatDesk.Features.Conversations;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.CustomerChat;

/// <summary>Per circuit: the chat this customer window shows, reported up and down as the connection
/// comes and goes (a closed tab drops the connection at once; the circuit itself lingers for minutes).</summary>
public sealed class CustomerCircuit(CustomerConnections connections) : CircuitHandler, IAsyncDisposable
{
    private long? sessionId;
    private bool up = true;

    public async Task ShowAsync(long? session)
    {
        if (session == sessionId) return;
        var old = sessionId;
        sessionId = session;
        if (old is { } gone && up) await connections.DownAsync(gone, CancellationToken.None);
        if (session is { } current && up) await connections.UpAsync(current, CancellationToken.None);
    }

    public override async Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var wasUp = up;
        up = false;
        if (wasUp && sessionId is { } id) await connections.DownAsync(id, cancellationToken);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var wasUp = up;
        up = true;
        if (!wasUp && sessionId is { } id) await connections.UpAsync(id, cancellationToken);
    }

    public async ValueTask DisposeAsync() => await ShowAsync(null);
}
