using System.Threading.Channels;

namespace ChatDesk.Hosting;

/// <summary>Tells a background sender that work is waiting, so it goes out at once instead of on the next poll
/// (the mail outbox, webhooks). <see cref="RunAsync"/> is the sender's loop: a pass on every wake-up and every tick.</summary>
public abstract class WakeSignal
{
    // Capacity one and dropped writes: any number of wake-ups before the sender looks collapse into one pass.
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Wake() => wakeUps.Writer.TryWrite(true);

    internal async Task WaitAsync(CancellationToken cancellationToken) =>
        await wakeUps.Reader.ReadAsync(cancellationToken);

    /// <summary>Runs <paramref name="pass"/> now, then after each wake-up or tick of <paramref name="interval"/>
    /// until stopped; the pass handles its own errors.</summary>
    internal async Task RunAsync(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> pass, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var wake = WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await pass(stoppingToken);
            // Both waits stay outstanding across passes, so no tick and no wake-up is ever lost.
            var woken = await Task.WhenAny(tick, wake);
            if (woken == tick) tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            else wake = WaitAsync(stoppingToken);
        }
    }
}
