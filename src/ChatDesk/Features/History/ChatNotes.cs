using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.History;

public enum NoteOutcome { Added, Empty, TooLong, NotAllowed }

/// <summary>Internal notes on a chat: read and written by staff who may read the chat's channel
/// (<see cref="ReadableChannels"/>), checked here on every call. Nothing here is ever sent to the customer.</summary>
public sealed class ChatNotes(IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time)
{
    /// <summary>The chat's notes, oldest first; none for a chat the actor may not read.</summary>
    public async Task<IReadOnlyList<ChatNote>> ListAsync(StaffActor actor, long sessionId, CancellationToken ct) =>
        await FindAsync(actor, sessionId, ct) ?? [];

    /// <summary>The chat's notes, oldest first, or null when the actor may not read the chat (or it does not exist).</summary>
    public async Task<IReadOnlyList<ChatNote>?> FindAsync(StaffActor actor, long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await ReadableChannels.ChannelOfAsync(db, actor, sessionId, ct) is null) return null;
        return await NotesOf(db, sessionId).ToListAsync(ct);
    }

    public async Task<NoteOutcome> AddAsync(StaffActor actor, long sessionId, string? text, CancellationToken ct)
    {
        // Cleaned as chat text is (control characters, invisible runs); the length is checked before any cut, so
        // a long note is refused whole rather than stored shortened.
        var cleaned = ChatText.Clean(text, ChatText.MaxPasteLength).Trim();
        if (cleaned.Length == 0) return NoteOutcome.Empty;
        if (cleaned.Length > ChatNote.MaxLength) return NoteOutcome.TooLong;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await ReadableChannels.ChannelOfAsync(db, actor, sessionId, ct) is not { } channelId) return NoteOutcome.NotAllowed;
        var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        db.ChatNotes.Add(new ChatNote
        {
            SessionId = sessionId, AuthorId = actor.UserId, AuthorName = string.IsNullOrEmpty(name) ? actor.Name : name,
            Text = cleaned, CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        events.Publish(new NoteAdded(sessionId, channelId));
        return NoteOutcome.Added;
    }

    internal static IQueryable<ChatNote> NotesOf(ChatDeskDbContext db, long sessionId) =>
        db.ChatNotes.AsNoTracking().Where(n => n.SessionId == sessionId).OrderBy(n => n.Id);
}
