using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatDesk.Features.Webhooks;

/// <summary>The JSON body of a delivery: the same bytes on every try, so a receiver can de-duplicate by
/// <c>deliveryId</c> (delivery is at least once).</summary>
public sealed record WebhookPayload(
    [property: JsonPropertyName("deliveryId")] long DeliveryId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("occurredAt")] DateTimeOffset OccurredAt,
    [property: JsonPropertyName("channelId")] int ChannelId,
    [property: JsonPropertyName("chatId")] long? ChatId,
    [property: JsonPropertyName("chatVersion")] int? ChatVersion,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("messageId")] long? MessageId,
    [property: JsonPropertyName("sequence")] int? Sequence,
    [property: JsonPropertyName("ticketId")] long? TicketId)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static WebhookPayload From(WebhookDelivery d) => new(
        d.Id, d.EventType, d.OccurredAt.ToUniversalTime(), d.ChannelId, d.SessionId,
        d.SessionVersion > 0 ? d.SessionVersion : null, d.Status, d.MessageId,
        d.MessageSequence > 0 ? d.MessageSequence : null, d.TicketId);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
