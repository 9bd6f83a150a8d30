using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.Abuse;

/// <summary>Per circuit: holds the place <see cref="CircuitAdmission"/> took for it and gives it back when the
/// circuit is closed (a closed window's circuit is closed at once; a dropped one after Blazor's retention period).</summary>
internal sealed class CircuitSlotHandler : CircuitHandler, IDisposable
{
    // Created by Blazor inside the hub call that gives the circuit its first components, so the place taken for
    // the circuit is visible here.
    private readonly CircuitSlot? slot = CircuitAdmission.Current is { } taken && taken.Claim() ? taken : null;

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        slot?.Release();
        return Task.CompletedTask;
    }

    // The circuit's scope ends with it, also when it failed before it was ever opened.
    public void Dispose() => slot?.Release();
}
