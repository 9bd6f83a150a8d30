using Microsoft.AspNetCore.Components;

namespace ChatDesk.Components;

/// <summary>Base for components that do I/O or listen to events. <see cref="Aborted"/> is cancelled when the
/// component is disposed (a closed tab tears its circuit down), so database calls stop instead of finishing for
/// nobody; work that still arrives afterwards is dropped quietly instead of logged as an error.</summary>
public abstract class CircuitComponent : ComponentBase, IDisposable
{
    // Cancelled but never disposed: queries still running hold the token, and a disposed source would make
    // their registrations throw ObjectDisposedException instead of the expected cancellation.
    private readonly CancellationTokenSource aborted = new();

    /// <summary>Pass to every service call: cancelled when the component goes away.</summary>
    protected CancellationToken Aborted => aborted.Token;

    protected bool IsDisposed => aborted.IsCancellationRequested;

    /// <summary>For event-bus handlers and timers: runs <paramref name="work"/> on the renderer unless the
    /// component is gone, and hands real errors to the error boundary.</summary>
    protected Task OnRendererAsync(Func<Task> work)
    {
        if (IsDisposed) return Task.CompletedTask;
        return GuardAsync();

        async Task GuardAsync()
        {
            try
            {
                await InvokeAsync(async () =>
                {
                    if (IsDisposed) return;
                    try { await work(); }
                    catch (Exception ex) when (!IsDisposed && ex is not OperationCanceledException) { await DispatchExceptionAsync(ex); }
                });
            }
            catch (Exception) when (IsDisposed)
            {
                // Torn down meanwhile (cancelled query, disposed renderer): nobody is left to show anything to.
            }
        }
    }

    protected Task OnRendererAsync(Action work) => OnRendererAsync(() => { work(); return Task.CompletedTask; });

    /// <summary>Runs <paramref name="tick"/> on the renderer every <paramref name="period"/> until disposed.</summary>
    protected void Every(TimeSpan period, Func<Task> tick, TimeProvider? time = null) => _ = LoopAsync(period, tick, time);

    private async Task LoopAsync(TimeSpan period, Func<Task> tick, TimeProvider? time)
    {
        using var timer = new PeriodicTimer(period, time ?? TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(Aborted)) await OnRendererAsync(tick);
        }
        catch (OperationCanceledException)
        {
            // Disposed: the loop ends with the component.
        }
    }

    /// <summary>Release subscriptions and the like; <see cref="Aborted"/> is already cancelled.</summary>
    protected virtual void OnDisposing() { }

    public void Dispose()
    {
        if (IsDisposed) return;
        aborted.Cancel();
        OnDisposing();
        GC.SuppressFinalize(this);
    }
}
