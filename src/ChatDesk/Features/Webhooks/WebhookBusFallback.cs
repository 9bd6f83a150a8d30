using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Webhooks;

/// <summary>Enqueues the events that were written without the change tracker, so <see cref="WebhookCapture"/> could
/// not add them to their own commit: today the accept (one conditional UPDATE), and any message stored that way.
/// It runs after the commit, from the event bus: if the process dies between the two, that one event is not
/// sent. The unique index on deliveries keeps it from doubling what the capture already queued.</summary>
internal sealed class WebhookBusFallback(
    IChatEvents events, WebhookTargets targets, WebhookCapture capture, IDbContextFactory<ChatDeskDbContext> contexts,
    WebhookSignal signal, TimeProvider time, ILogger<WebhookBusFallback> logger) : BusListener(events)
{
    internal override async Task OnEventAsync(ChatEvent chatEvent)
    {
        // Its publisher's node covers it (and the unique index would refuse a second row anyway).
        if (chatEvent.Remote) return;
        switch (chatEvent)
        {
            // Counted off first, whether or not anyone subscribes, so the count stays right.
            case SessionChanged { Status: SessionStatus.Active } changed when !capture.Seen.TakeActiveMove(changed.SessionId)
                && targets.For(changed.ChannelId, WebhookEvents.ChatAccepted).Count > 0:
                await AcceptedAsync(changed);
                break;
            case MessageAdded added when targets.For(added.ChannelId, WebhookEvents.MessageCreated).Count > 0
                && !capture.Seen.HasMessage(added.SessionId, added.Sequence):
                await MessageAsync(added);
                break;
        }
    }

    private async Task AcceptedAsync(SessionChanged changed)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == changed.SessionId)
            .Select(s => new { s.Status, s.Version, s.AcceptedAt }).FirstOrDefaultAsync();
        // Moved on already (ended, back in the queue): nothing left to report as accepted.
        if (session is null || session.Status != SessionStatus.Active) return;
        await EnqueueAsync(changed.ChannelId, WebhookEvents.ChatAccepted, () => new WebhookDelivery
        {
            SessionId = changed.SessionId, SessionVersion = session.Version, Status = nameof(SessionStatus.Active),
            OccurredAt = session.AcceptedAt ?? time.GetUtcNow(),
        });
    }

    private async Task MessageAsync(MessageAdded added)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var message = await db.Messages.AsNoTracking().Where(m => m.SessionId == added.SessionId && m.Sequence == added.Sequence)
            .Select(m => new { m.Id, m.SentAt }).FirstOrDefaultAsync();
        if (message is null) return;
        await EnqueueAsync(added.ChannelId, WebhookEvents.MessageCreated, () => new WebhookDelivery
        {
            SessionId = added.SessionId, MessageId = message.Id, MessageSequence = added.Sequence, OccurredAt = message.SentAt,
        });
    }

    private async Task EnqueueAsync(int channelId, string eventType, Func<WebhookDelivery> build)
    {
        var queued = 0;
        foreach (var target in targets.For(channelId, eventType))
        {
            var delivery = build();
            delivery.SubscriptionId = target.SubscriptionId;
            delivery.EventType = eventType;
            delivery.ChannelId = channelId;
            delivery.NextAttemptAt = time.GetUtcNow();
            await using var db = await contexts.CreateDbContextAsync();
            db.Add(delivery);
            try
            {
                await db.SaveChangesAsync();
                queued++;
            }
            catch (DbUpdateException ex)
            {
                // The unique index: this event is queued for this subscription already (by the capture or another node).
                logger.LogDebug(ex, "Webhook {Event} for chat {SessionId} was queued already.", eventType, delivery.SessionId);
            }
        }
        if (queued > 0) signal.Wake();
    }
}
