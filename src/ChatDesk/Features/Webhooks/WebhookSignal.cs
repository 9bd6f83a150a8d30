using System.Threading.Channels;

namespace ChatDesk.Features.Webhooks;

/// <summary>Tells the sender that deliveries are waiting, so they go out at once instead of on the next poll.</summary>
public sealed class WebhookSignal
{
    // Capacity one and dropped writes: wake-ups before the sender looks collapse into one pass.
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Wake() => wakeUps.Writer.TryWrite(true);

    internal async Task WaitAsync(CancellationToken cancellationToken) => await wakeUps.Reader.ReadAsync(cancellationToken);
}
