using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Hosting.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Queue;

/// <summary>Automatic assignment for channels that use it: each waiting chat, oldest first, goes to the present
/// member with the fewest active chats below their capacity, the one idle longest first. Runs whenever the
/// queue, a chat or presence changes, so a chat waiting for a full team is assigned as soon as someone frees up.
/// With several nodes one of them routes (the "auto-router" lease, see <see cref="LeaderJob"/>): the changes that
/// wake it come from every node through the bus (Redis), and it also looks every 10 seconds.</summary>
internal sealed class AutoRouter(
    IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations, QueueService queue,
    AgentPresence presence, IChatEvents events, JobLeases leases, ILogger<AutoRouter> logger) : LeaderJob(leases, logger)
{
    protected override string Job => "auto-router";

    private readonly SemaphoreSlim wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Presence changes arrive through the bus too, so an agent coming online on another node wakes this one.
        using var subscription = events.SubscribeChannels(e => { if (e is SessionChanged or PresenceChanged or BusReconnected) Wake(); return Task.CompletedTask; });
        while (!stoppingToken.IsCancellationRequested)
        {
            await wake.WaitAsync(TimeSpan.FromSeconds(10), stoppingToken);
            await TickAsync(stoppingToken);
        }
    }

    private void Wake()
    {
        if (wake.CurrentCount == 0) try { wake.Release(); } catch (SemaphoreFullException) { }
    }

    internal override Task PassAsync(CancellationToken ct) => AssignAllAsync(ct);

    internal async Task AssignAllAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channels = await db.Channels.AsNoTracking().Include(c => c.Members)
            .Where(c => c.Routing == RoutingMode.Automatic).ToListAsync(ct);
        Logger.LogDebug("Automatic assignment pass over {Count} channels.", channels.Count);
        foreach (var channel in channels)
        {
            foreach (var waiting in await queue.WaitingAsync([channel.Id], ct))
            {
                if (await PickAgentAsync(db, channel, ct) is not { } agent) break;
                var (name, welcome) = await queue.GreetingAsync(channel.Id, agent.Id, ct);
                if (await conversations.AcceptAsync(waiting.SessionId, agent.Id, name, welcome, ct, agent.Capacity))
                    Logger.LogInformation("Assigned chat {SessionId} on {Channel} to {Agent}.", waiting.SessionId, channel.Slug, name);
            }
        }
    }

    private async Task<(string Id, int Capacity)?> PickAgentAsync(ChatDeskDbContext db, ChatChannel channel, CancellationToken ct)
    {
        var present = channel.Members.Where(m => m.CanRespond && presence.IsPresent(m.UserId)).Select(m => m.UserId).ToList();
        if (present.Count == 0) return null;
        var load = await db.Users.AsNoTracking().Where(u => present.Contains(u.Id) && !u.Disabled)
            .Select(u => new
            {
                u.Id, u.Capacity,
                Active = db.Sessions.Count(s => s.AgentId == u.Id && s.Status == SessionStatus.Active),
                LastAccepted = db.Sessions.Where(s => s.AgentId == u.Id).Max(s => s.AcceptedAt),
            }).ToListAsync(ct);
        var best = load.Where(a => a.Active < a.Capacity)
            .OrderBy(a => a.Active).ThenBy(a => a.LastAccepted ?? DateTimeOffset.MinValue).FirstOrDefault();
        return best is null ? null : (best.Id, best.Capacity);
    }
}
