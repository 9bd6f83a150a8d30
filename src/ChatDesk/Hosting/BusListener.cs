using ChatDesk.Features.Conversations;

namespace ChatDesk.Hosting;

/// <summary>A background listener on the event bus for the app's lifetime: subscribed to every event at start,
/// unsubscribed at stop. Subclasses handle what they care about in <see cref="OnEventAsync"/>.</summary>
internal abstract class BusListener(IChatEvents events) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.SubscribeChannels(OnEventAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    internal abstract Task OnEventAsync(ChatEvent chatEvent);
}
