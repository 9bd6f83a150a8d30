using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.History;

/// <summary>Earlier chats, read-only, for staff who may read the chat's channel (<see cref="ReadableChannels"/>).</summary>
public sealed class ChatRecords(IDbContextFactory<ChatDeskDbContext> contexts)
{
    /// <summary>The chat with its messages and internal notes, or null when it does not exist or the actor may not
    /// read its channel (the same answer for both).</summary>
    public async Task<ChatRecord?> OpenAsync(StaffActor actor, long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await ReadableChannels.ChannelOfAsync(db, actor, sessionId, ct) is null) return null;
        var session = await db.Sessions.AsNoTracking().Include(s => s.Channel).FirstAsync(s => s.Id == sessionId, ct);
        var messages = await db.Messages.AsNoTracking().Where(m => m.SessionId == sessionId).OrderBy(m => m.Sequence).ToListAsync(ct);
        var notes = await ChatNotes.NotesOf(db, sessionId).ToListAsync(ct);
        return new ChatRecord(session.Id, session.Channel?.Name ?? "", session.Channel?.Language ?? "en", session.Customer,
            session.Status, session.AgentDisplayName, session.RequestedAt ?? session.CreatedAt, session.EndedAt, session.Rating,
            session.AnonymizedAt is not null, RecordLines.Merge(messages, notes));
    }
}
