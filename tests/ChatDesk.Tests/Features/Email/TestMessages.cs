using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Email;

/// <summary>Chat messages for tests, written out in UTC.</summary>
internal static class TestMessages
{
    public static ChatMessage Customer(int sequence, string utc, string name, string text) =>
        Make(sequence, utc, AuthorKind.Customer, name, text, MessageKind.Text);

    public static ChatMessage Agent(int sequence, string utc, string name, string text, MessageKind kind = MessageKind.Text) =>
        Make(sequence, utc, AuthorKind.Agent, name, text, kind);

    public static ChatMessage Event(int sequence, string utc, string text) =>
        Make(sequence, utc, AuthorKind.System, "", text, MessageKind.Event);

    private static ChatMessage Make(int sequence, string utc, AuthorKind author, string name, string text, MessageKind kind) => new()
    {
        Sequence = sequence,
        ClientMessageId = Guid.NewGuid(),
        Author = author,
        AuthorName = name,
        Text = text,
        Kind = kind,
        SentAt = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
    };
}
