using ChatDesk.Data;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.History;

/// <summary>Whose past chats a staff member may read: those of the channels they are a member of (any permission),
/// as the ticket list does; administrators read every channel. The one rule for the read-only view, the search and
/// internal notes.</summary>
public static class ReadableChannels
{
    /// <summary>The channel ids <paramref name="actor"/> may read, or null for every channel.</summary>
    public static async Task<IReadOnlyCollection<int>?> ForAsync(ChatDeskDbContext db, StaffActor actor, CancellationToken ct)
    {
        if (actor.IsAdmin) return null;
        if (string.IsNullOrEmpty(actor.UserId)) return [];
        return await db.ChannelMembers.AsNoTracking().Where(m => m.UserId == actor.UserId)
            .Select(m => m.ChannelId).Distinct().ToListAsync(ct);
    }

    /// <summary>The chat's channel when <paramref name="actor"/> may read it; null for a missing chat and for one
    /// they may not read alike (nothing to learn about other teams' chats).</summary>
    public static async Task<int?> ChannelOfAsync(ChatDeskDbContext db, StaffActor actor, long sessionId, CancellationToken ct)
    {
        var channelId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.ChannelId).FirstOrDefaultAsync(ct);
        if (channelId is null) return null;
        var readable = await ForAsync(db, actor, ct);
        return readable is null || readable.Contains(channelId.Value) ? channelId : null;
    }
}
