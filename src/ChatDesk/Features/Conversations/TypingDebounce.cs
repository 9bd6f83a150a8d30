namespace ChatDesk.Features.Conversations;

/// <summary>One side's typing signal, debounced: the composer reports every keystroke, the bus hears at most one
/// start and one stop per <see cref="Window"/>. A change that comes too soon is sent when its window opens, if it
/// still holds then, so the other side never keeps showing a state that ended (the last word always arrives).</summary>
public sealed class TypingDebounce(TimeProvider time, Action<bool> publish) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    private readonly Lock gate = new();
    private bool wanted, published, disposed;
    private DateTimeOffset lastStart = DateTimeOffset.MinValue, lastStop = DateTimeOffset.MinValue;
    private ITimer? pending;

    public void Set(bool typing)
    {
        bool? send;
        lock (gate)
        {
            wanted = typing;
            send = Due();
        }
        if (send is { } value) publish(value);
    }

    // Under the gate: the value to publish now, or null (nothing changed, or a timer sends it when its window opens).
    private bool? Due()
    {
        if (disposed || wanted == published) return null;
        var now = time.GetUtcNow();
        var opens = (wanted ? lastStart : lastStop) + Window;
        if (opens <= now)
        {
            published = wanted;
            if (wanted) lastStart = now;
            else lastStop = now;
            return wanted;
        }
        pending ??= time.CreateTimer(_ => Flush(), null, opens - now, Timeout.InfiniteTimeSpan);
        return null;
    }

    private void Flush()
    {
        bool? send;
        lock (gate)
        {
            pending?.Dispose();
            pending = null;
            send = Due();
        }
        if (send is { } value) publish(value);
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            pending?.Dispose();
            pending = null;
        }
    }
}
