using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Abuse;

/// <summary>Admits a new circuit on Blazor's hub only while its client and the node are under their caps, checked
/// before Blazor creates anything for it. A reconnect to an existing circuit is always let through: it allocates
/// nothing new, and refusing it would cut off a window that is already open.</summary>
internal sealed class CircuitAdmission(CircuitCounter counter, ILogger<CircuitAdmission> logger) : IHubFilter
{
    private static readonly object SlotKey = new();

    // The place of the circuit whose handlers Blazor is creating in this call; the circuit's handler claims it.
    private static readonly AsyncLocal<CircuitSlot?> Starting = new();

    /// <summary>The place of the circuit now being created, if this code runs inside its creation.</summary>
    public static CircuitSlot? Current => Starting.Value;

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var items = invocationContext.Context.Items;
        switch (invocationContext.HubMethodName)
        {
            // StartCircuit opens a new window; ResumeCircuit rebuilds one the server had already let go of.
            case "StartCircuit" or "ResumeCircuit":
                var client = ClientAddress.Of(invocationContext.Context.GetHttpContext());
                if (counter.TryOpen(client) is not { } slot) return await RefuseAsync(invocationContext, client);
                var result = await WithSlotAsync(slot, invocationContext, next);
                // No circuit came of it (bad input, a failed start): the place is free again.
                if (result is null) slot.Release();
                else items[SlotKey] = slot;
                return result;
            // A Blazor Web App creates the circuit's handlers with its first root components, in this later call.
            case "UpdateRootComponents" when items.TryGetValue(SlotKey, out var held) && held is CircuitSlot { Claimed: false } waiting:
                return await WithSlotAsync(waiting, invocationContext, next);
            default:
                return await next(invocationContext);
        }
    }

    // A connection that ends before its circuit took its place (it never sent components) gives the place back.
    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(SlotKey, out var held) && held is CircuitSlot { Claimed: false } slot) slot.Release();
        return next(context, exception);
    }

    private static async ValueTask<object?> WithSlotAsync(
        CircuitSlot slot, HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Starting.Value = slot;
        try
        {
            return await next(invocationContext);
        }
        catch
        {
            if (!slot.Claimed) slot.Release();
            throw;
        }
        finally
        {
            Starting.Value = null;
        }
    }

    private async ValueTask<object?> RefuseAsync(HubInvocationContext invocation, string client)
    {
        logger.LogWarning("Refused a new interactive window for {Client}: {Open} open from it, {Total} in all",
            client, counter.OpenFor(client), counter.Total);
        // A refused resume answers "no": the page then reloads (reconnect.js) and gets the busy page.
        if (invocation.HubMethodName != "StartCircuit") return null;
        // As Blazor refuses a circuit itself: the error marks the page as failed, so the browser does not start
        // reconnecting, and the connection is closed so it holds nothing. A normal page load never gets here: its
        // prerender already showed the busy page; only windows opened in the same instant race past it.
        await invocation.Hub.Clients.Caller.SendAsync("JS.Error", "Too many open windows.");
        invocation.Context.Abort();
        return null;
    }
}
