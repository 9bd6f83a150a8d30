using System.Reflection;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Conversations.Bus;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>One event of every kind in the app, its values all set (none left at its default), built by reflection
/// so a new kind is covered without being listed here.</summary>
internal static class ChatEventSamples
{
    public static IReadOnlyList<ChatEvent> All() => ChatEventJson.Kinds.Select(Sample).ToList();

    public static string Json(ChatEvent chatEvent) => ChatEventJson.Write(new BusEnvelope(Guid.Empty, chatEvent));

    private static ChatEvent Sample(Type kind)
    {
        var constructor = kind.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select((p, i) => Value(p.ParameterType, i + 1)).ToArray();
        var chatEvent = (ChatEvent)constructor.Invoke(arguments);
        return chatEvent with { AgentId = "agent-" + kind.Name };
    }

    private static object Value(Type type, int seed)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(long)) return 1000L + seed;
        if (type == typeof(int)) return 10 + seed;
        if (type == typeof(bool)) return true;
        if (type == typeof(string)) return "text " + seed;
        if (type == typeof(Guid)) return new Guid(seed, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>().Last();
        if (type == typeof(IReadOnlyList<int>)) return new List<int> { seed, seed + 1 };
        if (type == typeof(ChatMessage))
            return new ChatMessage
            {
                Id = 77, SessionId = 1001, Sequence = 3, ClientMessageId = Guid.NewGuid(), Author = AuthorKind.Agent,
                AuthorName = "Anna", Text = "Hej — å ä ö", Kind = MessageKind.Notice,
                SentAt = new DateTimeOffset(2026, 12, 1, 9, 30, 15, TimeSpan.FromHours(1)), ReadByCustomer = true, ReadByAgent = true,
            };
        throw new InvalidOperationException($"No sample value for {type} (add one here for the new event's field).");
    }
}
