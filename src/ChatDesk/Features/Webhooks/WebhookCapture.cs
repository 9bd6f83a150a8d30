using ChatDesk.Features.Conversations;
using ChatDesk.Features.Tickets;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatDesk.Features.Webhooks;

/// <summary>Adds a delivery row for every subscribed event to the very SaveChanges that makes the change (a new
/// chat, a status change, a hand-over, a message, a ticket), so the event commits with the transition or not at
/// all. Changes written without the change tracker (the accept's single conditional UPDATE) are caught after
/// the commit by <see cref="WebhookBusFallback"/>.</summary>
public sealed class WebhookCapture(WebhookTargets targets, TimeProvider time, WebhookSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Committed(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db) pending.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    /// <summary>What the event-bus fallback must not report again (same process, after the commit).</summary>
    internal WebhookSeen Seen { get; } = new();

    // Told to Seen only once the commit succeeded (a lost race is retried in a new context).
    private readonly ConditionalWeakTable<DbContext, List<Action>> pending = new();

    private void Capture(DbContext? db)
    {
        // No subscription anywhere: not even the change tracker is walked, the chat path pays nothing.
        if (db is null || !targets.Any) return;
        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        var found = new List<WebhookDelivery>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case ChatSession session: FromSession(db, entry, session, now, found); break;
                case ChatMessage message when entry.State == EntityState.Added: FromMessage(db, message, now, found); break;
                case Ticket ticket when entry.State == EntityState.Added:
                    found.Add(new WebhookDelivery { EventType = WebhookEvents.TicketCreated, ChannelId = ticket.ChannelId, Ticket = ticket, OccurredAt = ticket.CreatedAt == default ? now : ticket.CreatedAt });
                    break;
            }
        }
        foreach (var delivery in found) AddFor(db, delivery, now);
    }

    private void FromSession(DbContext db, EntityEntry entry, ChatSession session, DateTimeOffset now, List<WebhookDelivery> found)
    {
        // Every tracked change that leaves a chat active (a transfer, a return, the customer back, a rating) is
        // followed by a "chat is active" bus event; only the accept's untracked UPDATE is not counted here. A send
        // (a message in the same commit) raises a message event instead.
        if (entry.State == EntityState.Modified && session.Status == SessionStatus.Active
            && !db.ChangeTracker.Entries<ChatMessage>().Any(m => m.State == EntityState.Added))
            Later(db, () => Seen.ActiveMove(session.Id));
        foreach (var eventType in WebhookTransition.Of(entry, session))
        {
            found.Add(new WebhookDelivery
            {
                EventType = eventType, ChannelId = session.ChannelId, Session = session, SessionVersion = session.Version,
                Status = session.Status.ToString(), OccurredAt = now,
            });
        }
    }

    private void FromMessage(DbContext db, ChatMessage message, DateTimeOffset now, List<WebhookDelivery> found)
    {
        // The chat is in the same context: a new chat carries its question, a send loads the chat for the sequence.
        var session = db.ChangeTracker.Entries<ChatSession>().Select(e => e.Entity)
            .FirstOrDefault(s => s.Messages.Contains(message) || (message.SessionId != 0 && s.Id == message.SessionId));
        if (session is null) return; // not tracked: the event-bus fallback enqueues it from MessageAdded
        Later(db, () => Seen.Message(session.Id, message.Sequence));
        found.Add(new WebhookDelivery
        {
            EventType = WebhookEvents.MessageCreated, ChannelId = session.ChannelId, Session = session, Message = message,
            MessageSequence = message.Sequence, OccurredAt = message.SentAt == default ? now : message.SentAt,
        });
    }

    private void AddFor(DbContext db, WebhookDelivery template, DateTimeOffset now)
    {
        foreach (var target in targets.For(template.ChannelId, template.EventType))
        {
            // A caller that saves the same context again after a failure must not get a second row.
            if (db.ChangeTracker.Entries<WebhookDelivery>().Any(e => e.State == EntityState.Added && Same(e.Entity, template, target))) continue;
            db.Add(new WebhookDelivery
            {
                SubscriptionId = target.SubscriptionId, EventType = template.EventType, ChannelId = template.ChannelId,
                Session = template.Session, Message = template.Message, Ticket = template.Ticket,
                MessageSequence = template.MessageSequence, SessionVersion = template.SessionVersion, Status = template.Status,
                OccurredAt = template.OccurredAt, NextAttemptAt = now,
            });
        }
    }

    private static bool Same(WebhookDelivery a, WebhookDelivery b, WebhookTarget target) =>
        a.SubscriptionId == target.SubscriptionId && a.EventType == b.EventType && ReferenceEquals(a.Session, b.Session)
        && ReferenceEquals(a.Ticket, b.Ticket) && a.SessionVersion == b.SessionVersion && a.MessageSequence == b.MessageSequence;

    private void Later(DbContext db, Action afterCommit) => pending.GetOrCreateValue(db).Add(afterCommit);

    private void Committed(DbContext? db)
    {
        if (db is null || !targets.Any) return;
        if (pending.TryGetValue(db, out var actions))
        {
            pending.Remove(db);
            foreach (var action in actions) action();
        }
        signal.Wake();
    }
}
