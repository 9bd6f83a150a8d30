using ChatDesk.Features.Conversations;
using ChatDesk.Features.Tickets;

namespace ChatDesk.Features.Webhooks;

/// <summary>One event for one subscription, persisted before it is posted and kept as the delivery log. The body is
/// built from these columns at send time, so it holds ids only, never a customer's text.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }
    public WebhookSubscription? Subscription { get; set; }
    public string EventType { get; set; } = "";
    public int ChannelId { get; set; }
    public long? SessionId { get; set; }
    /// <summary>Set through the navigation when the chat is new in the same commit, so the real id is filled in.</summary>
    public ChatSession? Session { get; set; }
    public long? MessageId { get; set; }
    public ChatMessage? Message { get; set; }
    public long? TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    /// <summary>The message's sequence for message.created, else 0 (part of the uniqueness of an event).</summary>
    public int MessageSequence { get; set; }
    /// <summary>The chat's version after the transition for chat.* events, else 0.</summary>
    public int SessionVersion { get; set; }
    public string? Status { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>Given up for good (a permanent 4xx answer, or Webhooks:MaxAttempts used up); never retried.</summary>
    public DateTimeOffset? FailedAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    /// <summary>A sender's lease: while it lies in the future, no other sender touches the row.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? ClaimedBy { get; set; }
}
