using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Webhooks;

/// <summary>Where a channel's events are posted, which events, and the secret that signs them.</summary>
public sealed class WebhookSubscription
{
    public int Id { get; set; }
    public int ChannelId { get; set; }
    public ChatChannel? Channel { get; set; }
    public string Url { get; set; } = "";
    /// <summary>Chosen event names (<see cref="WebhookEvents.All"/>), comma-separated.</summary>
    public string Events { get; set; } = "";
    /// <summary>HMAC-SHA256 key; stored as is because every delivery needs it to sign.</summary>
    public string Secret { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> EventList => WebhookEvents.Parse(Events);
}

/// <summary>The event names a subscription can choose; <see cref="Ping"/> is only sent by the test button.</summary>
public static class WebhookEvents
{
    public const string ChatStarted = "chat.started";
    public const string ChatQueued = "chat.queued";
    public const string ChatAccepted = "chat.accepted";
    public const string ChatTransferred = "chat.transferred";
    public const string ChatEnded = "chat.ended";
    public const string MessageCreated = "message.created";
    public const string TicketCreated = "ticket.created";
    public const string Ping = "ping";

    public static readonly IReadOnlyList<string> All =
        [ChatStarted, ChatQueued, ChatAccepted, ChatTransferred, ChatEnded, MessageCreated, TicketCreated];

    public static IReadOnlyList<string> Parse(string events) =>
        events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(All.Contains).Distinct().ToList();

    public static string Join(IEnumerable<string> events) => string.Join(',', All.Where(events.Contains));
}
