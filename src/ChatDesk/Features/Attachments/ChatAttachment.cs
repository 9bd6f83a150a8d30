using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Attachments;

/// <summary>A file sent in a chat. It is told by a chat message of kind <see cref="MessageKind.Attachment"/> (its text
/// is the file name), so ordering, delivery, the hub and webhooks work as for any message; this row holds the rest.
/// The bytes live in an <see cref="IAttachmentStore"/> under <see cref="StorageKey"/>.</summary>
public sealed class ChatAttachment
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public long MessageId { get; set; }
    public ChatMessage? Message { get; set; }
    /// <summary>Sanitized (<see cref="AttachmentFileName"/>): no path, no control characters, at most 120 characters.</summary>
    public string FileName { get; set; } = "";
    /// <summary>From the sniffed content, never from what the browser claimed.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>SHA-256 of the bytes, hex.</summary>
    public string Sha256 { get; set; } = "";
    public string StorageKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>An attachment's bytes in the database (<see cref="DatabaseAttachmentStore"/>), so every node serves them.</summary>
public sealed class AttachmentBlob
{
    public string Key { get; set; } = "";
    public long SessionId { get; set; }
    public byte[] Content { get; set; } = [];
}
