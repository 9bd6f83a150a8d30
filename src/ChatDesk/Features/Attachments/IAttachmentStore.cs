using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Attachments;

/// <summary>Where attachment bytes live. Every node of a multi-node setup must see the same store.</summary>
public interface IAttachmentStore
{
    Task SaveAsync(string key, long sessionId, byte[] content, CancellationToken ct);

    /// <summary>The bytes, or null when they are gone (erased, or never committed).</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>The bytes in the AttachmentBlobs table of the shared database.</summary>
public sealed class DatabaseAttachmentStore(IDbContextFactory<ChatDeskDbContext> contexts) : IAttachmentStore
{
    public async Task SaveAsync(string key, long sessionId, byte[] content, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Set<AttachmentBlob>().Add(new AttachmentBlob { Key = key, SessionId = sessionId, Content = content });
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<AttachmentBlob>().Where(b => b.Key == key).Select(b => b.Content).FirstOrDefaultAsync(ct);
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<AttachmentBlob>().Where(b => b.Key == key).ExecuteDeleteAsync(ct);
    }
}

/// <summary>Retention and erase (Features/Privacy): the chats' attachments go with their messages, in the caller's
/// transaction. The bytes are deleted from the database store by session; a folder store would sweep keys whose
/// metadata row is gone.</summary>
internal static class AttachmentCleanup
{
    public static async Task<int> SessionsAsync(ChatDeskDbContext db, IReadOnlyCollection<long> sessionIds, CancellationToken ct)
    {
        if (sessionIds.Count == 0) return 0;
        await db.Set<AttachmentBlob>().Where(b => sessionIds.Contains(b.SessionId)).ExecuteDeleteAsync(ct);
        return await db.Set<ChatAttachment>().Where(a => sessionIds.Contains(a.SessionId)).ExecuteDeleteAsync(ct);
    }
}
