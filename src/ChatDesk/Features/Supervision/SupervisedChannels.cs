using ChatDesk.Data;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision;

/// <summary>
/// Which channels a supervisor watches: those they are a member of (any permission), as a team lead answers for
/// their own teams. Administrators see every channel. Listen-in narrows further, to "can listen in".
/// </summary>
public static class SupervisedChannels
{
    /// <summary>The channel ids <paramref name="actor"/> may see, or null for every channel.</summary>
    public static async Task<IReadOnlyCollection<int>?> ForAsync(ChatDeskDbContext db, StaffActor actor, CancellationToken ct)
    {
        actor.DemandSupervisor();
        if (actor.IsAdmin) return null;
        return await db.ChannelMembers.AsNoTracking().Where(m => m.UserId == actor.UserId)
            .Select(m => m.ChannelId).Distinct().ToListAsync(ct);
    }

    public static bool Includes(this IReadOnlyCollection<int>? visible, int channelId) => visible is null || visible.Contains(channelId);
}
