using ChatDesk.Data;
using ChatDesk.Features.Channels;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

public sealed record QueuedChat(long SessionId, int ChannelId, string ChannelName, string CustomerName, string Question, DateTimeOffset RequestedAt);

public sealed record AgentChat(long SessionId, int ChannelId, string ChannelName, string CustomerName, SessionStatus Status,
    string LastMessage, int Unread, string? AgentName = null, DateTimeOffset? EndedAt = null, string? AgentPhotoUrl = null);

/// <summary>What agents see of the queues: only channels they are members of with "can respond".</summary>
public sealed class QueueService(IDbContextFactory<ChatDeskDbContext> contexts)
{
    /// <summary>The user's memberships: which channels they get notifications for and which they manage.</summary>
    public async Task<IReadOnlyList<ChannelMember>> MembershipsAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ChannelMembers.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<int>> RespondableChannelsAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ChannelMembers.Where(m => m.UserId == userId && m.CanRespond).Select(m => m.ChannelId).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<QueuedChat>> WaitingAsync(IReadOnlyList<int> channelIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => channelIds.Contains(s.ChannelId) && s.Status == SessionStatus.Queued)
            .OrderBy(s => s.RequestedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.ChannelId, Channel = s.Channel!.Name, s.Customer.Name, s.RequestedAt,
                Question = s.Messages.OrderBy(m => m.Sequence).Select(m => m.Text).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new QueuedChat(r.Id, r.ChannelId, r.Channel, r.Name, r.Question ?? "", r.RequestedAt!.Value)).ToList();
    }

    /// <summary>The name the customer sees for this agent on this channel (first name or nickname) and the
    /// channel's welcome message with that name filled in.</summary>
    public async Task<(string AgentName, string Welcome)> GreetingAsync(int channelId, string agentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channel = await db.Channels.AsNoTracking().Where(c => c.Id == channelId)
            .Select(c => new { c.WelcomeMessage, c.AgentName }).FirstAsync(ct);
        var agent = await db.Users.AsNoTracking().FirstAsync(u => u.Id == agentId, ct);
        var name = channel.AgentName == AgentNameStyle.Nickname && !string.IsNullOrWhiteSpace(agent.Nickname)
            ? agent.Nickname : agent.FirstName;
        return (name, channel.WelcomeMessage.Replace("{agent}", name));
    }

    /// <summary>The agent's active chats with their last message and unread count, in the order accepted.</summary>
    public Task<IReadOnlyList<AgentChat>> MineAsync(string agentId, CancellationToken ct) =>
        ChatsAsync(s => s.AgentId == agentId && s.Status == SessionStatus.Active, ct);

    /// <summary>Everyone's ongoing chats in these channels.</summary>
    public Task<IReadOnlyList<AgentChat>> TeamAsync(IReadOnlyList<int> channelIds, CancellationToken ct) =>
        ChatsAsync(s => channelIds.Contains(s.ChannelId) && s.Status == SessionStatus.Active, ct);

    /// <summary>The agent's chats that ended since the given time, newest first.</summary>
    public async Task<IReadOnlyList<AgentChat>> RecentAsync(string agentId, DateTimeOffset since, CancellationToken ct) =>
        (await ChatsAsync(s => s.AgentId == agentId && s.Status == SessionStatus.Ended && s.EndedAt >= since, ct))
            .OrderByDescending(c => c.EndedAt).ToList();

    private async Task<IReadOnlyList<AgentChat>> ChatsAsync(System.Linq.Expressions.Expression<Func<ChatSession, bool>> filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().Where(filter)
            .OrderBy(s => s.AcceptedAt).ThenBy(s => s.Id)
            .Select(s => new AgentChat(s.Id, s.ChannelId, s.Channel!.Name, s.Customer.Name, s.Status,
                s.Messages.Where(m => m.Kind != MessageKind.Event).OrderByDescending(m => m.Sequence).Select(m => m.Text).FirstOrDefault() ?? "",
                s.Messages.Count(m => m.Author == AuthorKind.Customer && !m.ReadByAgent),
                s.AgentDisplayName, s.EndedAt, db.Users.Where(u => u.Id == s.AgentId).Select(u => u.PhotoUrl).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
