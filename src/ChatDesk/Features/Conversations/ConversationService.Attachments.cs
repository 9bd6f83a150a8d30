using ChatDesk.Data;

namespace ChatDesk.Features.Conversations;

public sealed partial class ConversationService
{
    /// <summary>A file's message (kind Attachment, the file name as text), stored as any message is: once per client
    /// id, only while the chat is active (the customer's also with the bot), an agent's only in their own chat.
    /// <paramref name="alsoStore"/> adds the attachment's row in the same transaction.</summary>
    public async Task<SendResult> SendAttachmentAsync(long sessionId, AuthorKind author, string? authorName, string? agentId,
        Guid clientMessageId, string fileName, Action<ChatDeskDbContext, ChatMessage> alsoStore, CancellationToken ct) =>
        await StoreAsync(new(sessionId, author, authorName, agentId, clientMessageId, MessageKind.Attachment, AlsoStore: alsoStore), fileName, ct);
}
