namespace ChatDesk.Features.Conversations;

public sealed class ChatMessage
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    /// <summary>1, 2, 3 … within the session; views resume after the last one they have.</summary>
    public int Sequence { get; set; }
    /// <summary>Client-generated idempotency key: a retried send with the same id stores nothing new.</summary>
    public Guid ClientMessageId { get; set; }
    public AuthorKind Author { get; set; }
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    public MessageKind Kind { get; set; } = MessageKind.Text;
    public DateTimeOffset SentAt { get; set; }
    public bool ReadByCustomer { get; set; }
    public bool ReadByAgent { get; set; }
}

public enum AuthorKind { Customer, Agent, System }

/// <summary>Event: a note for staff only. Notice: a system line for both sides (in the channel's language).
/// Attachment: a file (its name is the text; the file is a ChatAttachment row, Features/Attachments).</summary>
public enum MessageKind { Text, Welcome, Event, Notice, Attachment }
