using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision.ListenIn;

/// <summary>What a manager may do: take a chat over, transfer it, and (once it is theirs) answer and end it.</summary>
public sealed partial class ListenInDesk
{
    /// <summary>The chat becomes the manager's. The move is conditional (still this agent's and still active, or still
    /// queued), so it cannot race with the agent ending the chat or with another manager.</summary>
    public async Task<ManageOutcome> TakeOverAsync(StaffActor actor, long sessionId, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await AccessAsync(db, actor, sessionId, ct) is not { Member.IsManager: true } access) return ManageOutcome.NotAllowed;
        var session = access.Session;
        if (session.AgentId == actor.UserId && session.Status == SessionStatus.Active) return ManageOutcome.Done;
        return await MoveAsync(db, actor, session, actor.UserId, "take-over", ct);
    }

    /// <summary>Agents the manager may move the chat to: present, "can respond" on its channel, not its owner.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> TransferTargetsAsync(StaffActor actor, long sessionId, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await AccessAsync(db, actor, sessionId, ct) is not { Member.IsManager: true } access) return [];
        return await TargetsAsync(db, access.Session, ct);
    }

    /// <summary>Moves the chat straight to another agent: the manager's decision, with no acceptance step and no
    /// capacity limit (the manager is deciding that this agent takes it anyway).</summary>
    public async Task<ManageOutcome> TransferAsync(StaffActor actor, long sessionId, string toId, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await AccessAsync(db, actor, sessionId, ct) is not { Member.IsManager: true } access) return ManageOutcome.NotAllowed;
        var session = access.Session;
        if (!session.IsLive) return ManageOutcome.NotLive;
        if (!(await TargetsAsync(db, session, ct)).Any(t => t.Id == toId)) return ManageOutcome.NoSuchAgent;
        return await MoveAsync(db, actor, session, toId, "transfer", ct);
    }

    /// <summary>A message from the manager in a chat they own (after taking it over).</summary>
    public async Task<SendResult> SendAsync(StaffActor actor, long sessionId, Guid clientId, string text, CancellationToken ct)
    {
        if (await OwnedAsync(actor, sessionId, ct) is not { } session) return SendResult.NotFound;
        return await conversations.SendAsync(sessionId, AuthorKind.Agent, session.AgentDisplayName ?? "", clientId, text, ct);
    }

    public async Task<bool> EndAsync(StaffActor actor, long sessionId, CancellationToken ct) =>
        await OwnedAsync(actor, sessionId, ct) is not null && await conversations.EndAsAgentAsync(sessionId, actor.UserId, ct);

    private async Task<ChatSession?> OwnedAsync(StaffActor actor, long sessionId, CancellationToken ct)
    {
        actor.DemandSupervisor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AccessAsync(db, actor, sessionId, ct) is { } access && access.Session.AgentId == actor.UserId ? access.Session : null;
    }

    private async Task<ManageOutcome> MoveAsync(ChatDeskDbContext db, StaffActor actor, ChatSession session, string toId,
        string action, CancellationToken ct)
    {
        var (toName, welcome) = await queue.GreetingAsync(session.ChannelId, toId, ct);
        var toFullName = await NameOfAsync(db, toId, ct) ?? toName;
        var fromId = session.AgentId;
        var fromName = await NameOfAsync(db, fromId, ct);
        bool moved;
        if (session.Status == SessionStatus.Queued)
        {
            moved = await conversations.AcceptAsync(session.Id, toId, toName, welcome, ct);
        }
        else if (session.Status == SessionStatus.Active && fromId is not null)
        {
            // The hand-over is recorded in the same commit as the move: the agent's view then keeps the chat
            // read-only (with the event line saying who took it) instead of losing it.
            var note = action == "take-over"
                ? $"{toFullName} took over the chat from {fromName}"
                : $"{await NameOfAsync(db, actor.UserId, ct) ?? actor.Name} transferred the chat from {fromName} to {toFullName}";
            moved = await conversations.TransferAsync(session.Id, fromId, toId, toName, note, ct, handOver: fromId != actor.UserId);
        }
        else
        {
            return ManageOutcome.NotLive;
        }
        if (!moved)
        {
            var now = await db.Sessions.AsNoTracking().Where(s => s.Id == session.Id).Select(s => s.Status).FirstAsync(ct);
            return now is SessionStatus.Queued or SessionStatus.Active ? ManageOutcome.Changed : ManageOutcome.NotLive;
        }
        // An offer between agents is void now: accepting it would only fail.
        await transfers.VoidAsync(session.Id, ct);
        await audit.RecordAsync(actor, AuditArea, action, $"Chat {session.Id} with {session.Customer.Name}",
            $"{(fromName ?? "queue")} → {toFullName}", ct);
        return ManageOutcome.Done;
    }

    private async Task<IReadOnlyList<(string Id, string Name)>> TargetsAsync(ChatDeskDbContext db, ChatSession session, CancellationToken ct)
    {
        var members = await db.ChannelMembers
            .Where(m => m.ChannelId == session.ChannelId && m.CanRespond && m.UserId != session.AgentId)
            .Join(db.Users.Where(u => !u.Disabled), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName })
            .OrderBy(u => u.DisplayName).ToListAsync(ct);
        return members.Where(m => presence.IsPresent(m.Id)).Select(m => (m.Id, m.DisplayName)).ToList();
    }
}
