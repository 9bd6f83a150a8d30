using System.Threading.Channels;

namespace ChatDesk.Features.Email;

/// <summary>Tells the outbox sender that mail is waiting, so a new mail goes out at once instead of on the next poll.</summary>
public sealed class OutboxSignal
{
    // Capacity one and dropped writes: any number of wake-ups before the sender looks collapse into one pass.
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Wake() => wakeUps.Writer.TryWrite(true);

    internal async Task WaitAsync(CancellationToken cancellationToken) =>
        await wakeUps.Reader.ReadAsync(cancellationToken);
}
