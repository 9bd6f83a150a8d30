using System.Security.Cryptography;
using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Attachments;

/// <summary>Who attaches to which chat: the customer page (after its token opened the chat) or the agent who owns it.</summary>
public sealed record AttachmentTarget(long SessionId, AuthorKind Author, string? AgentId)
{
    public static AttachmentTarget Customer(long sessionId) => new(sessionId, AuthorKind.Customer, null);

    public static AttachmentTarget Agent(long sessionId, string agentId) => new(sessionId, AuthorKind.Agent, agentId);
}

/// <summary>Checks, stores and finds attachments; the rules are in <see cref="AttachmentCheck"/>.</summary>
public sealed class AttachmentService(IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations,
    IAttachmentStore store, IOptions<AttachmentOptions> options, TimeProvider time)
{
    /// <summary>The limits of the chat's channel, and the channel's language (the customer's side speaks it).</summary>
    public async Task<(AttachmentLimits Limits, string Language)> LimitsAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channel = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => s.Channel).FirstOrDefaultAsync(ct);
        return (AttachmentLimits.For(options.Value, channel), channel?.Language ?? "en");
    }

    /// <summary>Checks the file against the chat's channel limits, reads at most the size limit (plus one byte, to
    /// know it is over), sniffs it and stores it with its message. A refusal stores nothing.</summary>
    /// <param name="open">Opens the file's stream given the most bytes that may be read.</param>
    public async Task<AttachRefusal> AttachAsync(AttachmentTarget target, string? rawName, long reportedSize,
        Func<long, Stream> open, Guid clientId, CancellationToken ct)
    {
        var fileName = AttachmentFileName.Clean(rawName);
        string customerName;
        AttachmentLimits limits;
        int count;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var session = await db.Sessions.AsNoTracking().Include(s => s.Channel).FirstOrDefaultAsync(s => s.Id == target.SessionId, ct);
            if (session is null) return AttachRefusal.NotActive;
            customerName = session.Customer.Name;
            limits = AttachmentLimits.For(options.Value, session.Channel);
            count = await db.Set<ChatAttachment>().CountAsync(a => a.SessionId == target.SessionId, ct);
        }
        var refusal = AttachmentCheck.Before(limits, count, fileName, reportedSize);
        if (refusal != AttachRefusal.None) return refusal;

        var content = await ReadCappedAsync(open, limits.MaxBytes, ct);
        refusal = AttachmentCheck.Content(limits, fileName, content, out var type);
        if (refusal != AttachRefusal.None) return refusal;

        var key = Guid.NewGuid().ToString("N");
        await store.SaveAsync(key, target.SessionId, content, ct);
        var attachment = new ChatAttachment
        {
            SessionId = target.SessionId, FileName = fileName, ContentType = type!.ContentType, Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), StorageKey = key, CreatedAt = time.GetUtcNow(),
        };
        var sent = await conversations.SendAttachmentAsync(target.SessionId, target.Author,
            target.Author == AuthorKind.Customer ? customerName : null, target.AgentId, clientId, fileName,
            (db, message) => { attachment.Message = message; db.Set<ChatAttachment>().Add(attachment); }, ct);
        if (sent == SendResult.Sent) return AttachRefusal.None;
        await store.DeleteAsync(key, CancellationToken.None);
        return sent == SendResult.Duplicate ? AttachRefusal.None : AttachRefusal.NotActive;
    }

    // Reads until the end or one byte past the limit, whichever comes first: a file over the limit is never read whole.
    internal static async Task<byte[]> ReadCappedAsync(Func<long, Stream> open, long maxBytes, CancellationToken ct)
    {
        await using var stream = open(maxBytes + 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes
               && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    public async Task<ChatAttachment?> ForMessageAsync(long messageId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ChatAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.MessageId == messageId, ct);
    }

    public async Task<IReadOnlyList<ChatAttachment>> OfSessionAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ChatAttachment>().AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync(ct);
    }

    public async Task<ChatAttachment?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ChatAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
    }

    public Task<byte[]?> ContentAsync(ChatAttachment attachment, CancellationToken ct) => store.ReadAsync(attachment.StorageKey, ct);
}
