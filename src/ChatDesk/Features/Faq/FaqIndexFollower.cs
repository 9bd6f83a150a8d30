using ChatDesk.Features.Conversations;
using ChatDesk.Hosting;

namespace ChatDesk.Features.Faq;

/// <summary>Keeps this node's FAQ index in step with changes made on other nodes, as announced on the event bus.</summary>
internal sealed class FaqIndexFollower(FaqIndexChanges changes, IChatEvents events, ILogger<FaqIndexFollower> log) : BusListener(events)
{
    internal override async Task OnEventAsync(ChatEvent chatEvent)
    {
        var change = chatEvent switch
        {
            FaqChanged changed when changed.Origin != changes.Node => changed,
            // The bus was away: changes made meanwhile on other nodes were missed, so compare everything.
            BusReconnected => new FaqChanged(changes.Node, null, null),
            _ => null,
        };
        if (change is null) return;
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
