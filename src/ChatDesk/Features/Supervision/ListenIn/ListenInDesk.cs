using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision.ListenIn;

/// <summary>Listening in on chats and, for managers, taking them over or transferring them. Every call checks on the
/// server: the Supervisor (or Admin) role, and membership of the chat's channel with "can listen in"; managing also
/// needs "manager" there. Admins get no blanket access: they listen in where their membership says so, like anyone.
/// Listening itself writes nothing and publishes nothing, so the agent and the customer are not told.</summary>
public sealed partial class ListenInDesk(
    IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations, QueueService queue,
    AgentPresence presence, TransferBoard transfers, AuditLog audit)
{
    public const string AuditArea = "chat";

    /// <summary>Queued and active chats on every channel where the user may listen in, oldest first.</summary>
    public async Task<IReadOnlyList<OngoingChat>> OngoingAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channelIds = db.ChannelMembers.Where(m => m.UserId == actor.UserId && m.CanListenIn).Select(m => m.ChannelId);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => channelIds.Contains(s.ChannelId) && (s.Status == SessionStatus.Queued || s.Status == SessionStatus.Active))
            .OrderBy(s => s.RequestedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, Channel = s.Channel!.Name, Customer = s.Customer.Name, s.Status, s.RequestedAt, s.AcceptedAt, s.CreatedAt,
                Agent = db.Users.Where(u => u.Id == s.AgentId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => r.Status == SessionStatus.Active
                ? new OngoingChat(r.Id, r.Channel, r.Customer, r.Status, r.Agent, r.AcceptedAt ?? r.CreatedAt)
                : new OngoingChat(r.Id, r.Channel, r.Customer, r.Status, null, r.RequestedAt ?? r.CreatedAt))
            .ToList();
    }

    /// <summary>The chat as this user may see it, or null when it does not exist or they may not listen in on its
    /// channel (the same answer for both: nothing to learn about other teams' chats).</summary>
    public async Task<ListenInView?> OpenAsync(StaffActor actor, long sessionId, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await AccessAsync(db, actor, sessionId, ct) is not { } access) return null;
        var (session, member) = access;
        var channel = await db.Channels.Where(c => c.Id == session.ChannelId).Select(c => c.Name).FirstAsync(ct);
        return new ListenInView(session.Id, channel, session.Customer.Name, session.Status, await NameOfAsync(db, session.AgentId, ct),
            member.IsManager, session.AgentId == actor.UserId && session.Status == SessionStatus.Active);
    }

    /// <summary>The chat's messages after a sequence number; none at all for a user who may not listen in.</summary>
    public async Task<IReadOnlyList<ChatMessage>> MessagesAfterAsync(StaffActor actor, long sessionId, int afterSequence, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await AccessAsync(db, actor, sessionId, ct) is null) return [];
        }
        return await conversations.MessagesAfterAsync(sessionId, afterSequence, ct);
    }

    /// <summary>The chat and the user's membership of its channel, when that membership allows listening in.</summary>
    private static async Task<Access?> AccessAsync(
        ChatDeskDbContext db, StaffActor actor, long sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var member = await db.ChannelMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ChannelId == session.ChannelId && m.UserId == actor.UserId && m.CanListenIn, ct);
        return member is null ? null : new Access(session, member);
    }

    private sealed record Access(ChatSession Session, ChannelMember Member);

    private static Task<string?> NameOfAsync(ChatDeskDbContext db, string? userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
}
