namespace ChatDesk.Features.History;

/// <summary>An internal note on a chat, for staff only. Its own table rather than a message kind: every customer
/// read (the chat page, /api/v1, the hub, webhooks, the transcript mail) reads messages, so a note that is never a
/// message cannot leak through a filter someone forgot. Deleted with the chat's messages when it is anonymised.</summary>
public sealed class ChatNote
{
    public const int MaxLength = 2000;

    public long Id { get; set; }
    public long SessionId { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
