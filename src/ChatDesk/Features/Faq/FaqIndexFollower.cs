using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Faq;

/// <summary>Keeps this node's FAQ index in step with changes made on other nodes, as announced on the event bus.</summary>
public sealed class FaqIndexFollower(FaqIndexChanges changes, IChatEvents events, ILogger<FaqIndexFollower> log) : IHostedService
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

    private async Task OnEventAsync(ChatEvent chatEvent)
    {
        if (chatEvent is not FaqChanged change || change.Origin == changes.Node) return;
        try
        {
            await changes.ApplyAsync(change, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The next change or the next start catches up; customers meanwhile get the previous snapshot.
            log.LogError(e, "Applying a FAQ change from another node failed");
        }
    }
}
