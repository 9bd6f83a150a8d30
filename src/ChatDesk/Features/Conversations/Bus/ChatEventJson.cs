using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatDesk.Features.Conversations.Bus;

/// <summary>What goes over the wire: the publishing node and the event.</summary>
internal sealed record BusEnvelope(Guid Node, ChatEvent? Event, Guid? Probe = null);

/// <summary>Events as JSON between nodes. The "$kind" discriminator is the record's name, found by reflection, so a
/// new <see cref="ChatEvent"/> record travels without registering it here. The shape tolerates versions: unknown
/// properties are ignored, missing ones take their defaults, enums go by name, and an unknown kind (a newer node's)
/// is dropped by the receiver.</summary>
internal static class ChatEventJson
{
    public const string Discriminator = "$kind";

    /// <summary>Every concrete event record in the app.</summary>
    public static IReadOnlyList<Type> Kinds { get; } = typeof(ChatEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ChatEvent)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Describe } },
    };

    public static string Write(BusEnvelope envelope)
    {
        try
        {
            return JsonSerializer.Serialize(envelope, Options);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException
            && envelope.Event is MessageAdded { Message: not null } added)
        {
            // Rule 1: without its payload the event still says "look"; receivers load after their last sequence.
            return JsonSerializer.Serialize(envelope with { Event = added with { Message = null } }, Options);
        }
    }

    /// <summary>The envelope, or null when it is not one this node understands.</summary>
    public static BusEnvelope? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<BusEnvelope>(json, Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static void Describe(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        // Computed properties (ChannelWide) say how to route an event, not what happened: they stay home.
        foreach (var computed in info.Properties.Where(p => p.Set is null && !IsConstructorParameter(info, p)).ToList())
            info.Properties.Remove(computed);
        if (info.Type != typeof(ChatEvent)) return;
        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = Discriminator };
        foreach (var kind in Kinds) info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(kind, kind.Name));
    }

    private static bool IsConstructorParameter(JsonTypeInfo info, JsonPropertyInfo property) =>
        info.Type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)));
}
