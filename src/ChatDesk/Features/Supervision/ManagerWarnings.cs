using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision;

/// <summary>A queued chat that has waited past its channel's manager warning time.</summary>
public sealed record ManagerWarningRow(long SessionId, string CustomerName, string ChannelName, int Minutes);

/// <summary>The manager warnings a supervisor should see: chats still queued whose manager warning was raised
/// (stored as <c>ManagerWarnedAt</c> by <c>QueueWarnings</c>), in the channels the viewer manages, whether or not
/// they may answer chats there; administrators see every channel's. Read from the database, so a page opened after
/// the warning, or on another node, shows it too.</summary>
public sealed class ManagerWarnings(IDbContextFactory<ChatDeskDbContext> contexts)
{
    public async Task<IReadOnlyList<ManagerWarningRow>> ListAsync(StaffActor actor, int? channelId, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var managed = actor.IsAdmin ? null : await db.ChannelMembers.AsNoTracking()
            .Where(m => m.UserId == actor.UserId && m.IsManager).Select(m => m.ChannelId).ToListAsync(ct);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Queued && s.ManagerWarnedAt != null)
            .Where(s => (channelId == null || s.ChannelId == channelId) && (managed == null || managed.Contains(s.ChannelId)))
            .Select(s => new { s.Id, s.Customer.Name, Channel = s.Channel!.Name, s.Channel.ManagerWarningMinutes, s.RequestedAt })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.RequestedAt).Select(r => new ManagerWarningRow(r.Id, r.Name, r.Channel, r.ManagerWarningMinutes))];
    }

    /// <summary>Whether a warning on the bus is one this viewer's dashboard shows (a manager warning in a channel
    /// they manage); the list itself is then read again from the database.</summary>
    public async Task<bool> ConcernsAsync(StaffActor actor, QueueWarning warning, CancellationToken ct)
    {
        if (!warning.ForManagers) return false;
        if (actor.IsAdmin) return true;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ChannelMembers.AnyAsync(m => m.UserId == actor.UserId && m.ChannelId == warning.ChannelId && m.IsManager, ct);
    }
}
