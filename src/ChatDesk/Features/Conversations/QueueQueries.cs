using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>Queue order is first come, first served: by request time, then id.</summary>
public static class QueueQueries
{
    public static async Task<int> PositionAsync(ChatDeskDbContext db, ChatSession session, CancellationToken ct)
    {
        if (session.Status != SessionStatus.Queued || session.RequestedAt is not { } requested) return 0;
        var ahead = await db.Sessions.CountAsync(s => s.ChannelId == session.ChannelId && s.Status == SessionStatus.Queued &&
            (s.RequestedAt < requested || (s.RequestedAt == requested && s.Id < session.Id)), ct);
        return ahead + 1;
    }
}
