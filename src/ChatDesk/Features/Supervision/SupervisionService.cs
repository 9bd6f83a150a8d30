using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision;

public sealed record AgentLoad(string Name, string State, int Active, int Capacity);

public sealed record QueueSnapshot(int Waiting, DateTimeOffset? OldestRequestedAt, int ActiveChats, IReadOnlyList<AgentLoad> Agents);

/// <summary>The live picture a supervisor watches, for all their channels or one (<see cref="SupervisedChannels"/>).</summary>
public sealed class SupervisionService(IDbContextFactory<ChatDeskDbContext> contexts, AgentPresence presence)
{
    public async Task<IReadOnlyList<(int Id, string Name)>> ChannelsAsync(StaffActor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = await SupervisedChannels.ForAsync(db, actor, ct);
        return (await db.Channels.AsNoTracking().Where(c => visible == null || visible.Contains(c.Id))
                .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList();
    }

    public async Task<QueueSnapshot> SnapshotAsync(StaffActor actor, int? channelId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = await SupervisedChannels.ForAsync(db, actor, ct);
        var sessions = db.Sessions.AsNoTracking()
            .Where(s => (channelId == null || s.ChannelId == channelId) && (visible == null || visible.Contains(s.ChannelId)));
        var waiting = await sessions.Where(s => s.Status == SessionStatus.Queued).Select(s => s.RequestedAt).ToListAsync(ct);
        var active = await sessions.CountAsync(s => s.Status == SessionStatus.Active, ct);
        var agentIds = await db.ChannelMembers
            .Where(m => m.CanRespond && (channelId == null || m.ChannelId == channelId) && (visible == null || visible.Contains(m.ChannelId)))
            .Select(m => m.UserId).Distinct().ToListAsync(ct);
        var agents = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Capacity, Active = db.Sessions.Count(s => s.AgentId == u.Id && s.Status == SessionStatus.Active) })
            .ToListAsync(ct);
        return new QueueSnapshot(waiting.Count, waiting.Min(), active,
            agents.Select(a => new AgentLoad(a.DisplayName, State(a.Id), a.Active, a.Capacity)).ToList());
    }

    private string State(string userId) =>
        presence.IsPresent(userId) ? "Present" : presence.IsOnline(userId) ? "Away" : "Offline";
}
