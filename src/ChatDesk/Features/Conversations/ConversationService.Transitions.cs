using ChatDesk.Data;
using ChatDesk.Features.Agents;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>Every transition: read, apply the entity's rule, save against the version read. A writer that lost a
/// race reads again and applies the rule to what won, so it gets a clear "not now" instead of overwriting it.</summary>
public sealed partial class ConversationService
{
    private const int RaceRetries = 8;

    /// <summary>Moves an active chat from one agent to another, only if it is still the sender's (one winner).
    /// With <paramref name="offerTo"/>, the pending offer to that agent is settled in the same commit (and must exist);
    /// with <paramref name="handOver"/>, the sender keeps a read-only view.</summary>
    public async Task<bool> TransferAsync(long sessionId, string fromId, string toId, string toName, string note, CancellationToken ct,
        bool offerTo = false, bool handOver = true)
    {
        var moved = await ChangeAsync(sessionId, async (db, session, _) =>
        {
            if (offerTo)
            {
                var offer = await db.TransferOffers.FirstOrDefaultAsync(o => o.SessionId == sessionId && o.ToAgentId == toId && o.FromAgentId == fromId, ct);
                if (offer is null) return false;
                db.TransferOffers.Remove(offer);
            }
            session.HandTo(fromId, toId, toName);
            if (handOver && fromId != toId && !await db.HandOvers.AnyAsync(h => h.AgentId == fromId && h.SessionId == sessionId, ct))
                db.HandOvers.Add(new HandOver { AgentId = fromId, SessionId = sessionId, At = time.GetUtcNow() });
            return true;
        }, ct);
        if (moved) await SendAsync(sessionId, AuthorKind.System, "", Guid.NewGuid(), note, ct, MessageKind.Event);
        return moved;
    }

    /// <summary>From the FAQ step into the queue.</summary>
    public Task<bool> QueueAsync(long sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.Queue(now), ct);

    /// <summary>From the queue to the offline form (the queue fallback).</summary>
    public Task<bool> GoOfflineAsync(long sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, _) => s.GoOffline(), ct);

    public Task<bool> TicketPostedAsync(long sessionId, long ticketId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.PostTicket(ticketId, now), ct);

    public Task<bool> EndAsync(long sessionId, EndReason reason, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.End(reason, now), ct);

    /// <summary>The agent ends their own chat: refused when it is no longer theirs (a manager took it over meanwhile),
    /// checked in the same version-guarded commit as the end itself.</summary>
    public Task<bool> EndAsAgentAsync(long sessionId, string agentId, CancellationToken ct) =>
        ChangeAsync(sessionId, (_, s, now) =>
        {
            if (s.AgentId != agentId) return Task.FromResult(false);
            s.End(EndReason.Agent, now);
            return Task.FromResult(true);
        }, ct);

    /// <summary>Ends an active chat as idle only if no message came after the one the timeout saw.</summary>
    public Task<bool> EndIdleAsync(long sessionId, int lastSequenceSeen, CancellationToken ct) =>
        ChangeAsync(sessionId, (_, s, now) =>
        {
            if (s.LastSequence != lastSequenceSeen) return Task.FromResult(false);
            s.End(EndReason.Idle, now);
            return Task.FromResult(true);
        }, ct);

    /// <summary>Ends the chat if its customer is still gone on the freshly read row; a customer who came back
    /// meanwhile bumped the version, so this re-reads and leaves the chat alone.</summary>
    public Task<bool> EndIfGoneAsync(long sessionId, TimeSpan leftGrace, TimeSpan dropGrace, CancellationToken ct) =>
        ChangeAsync(sessionId, (_, s, now) => Task.FromResult(s.EndIfCustomerGone(now, leftGrace, dropGrace)), ct);

    /// <summary>A customer window is connected again after the chat was marked dropped or left.</summary>
    public Task<bool> CustomerBackAsync(long sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.CustomerBack(now), ct);

    /// <summary>The agent can no longer answer: the chat goes back to the queue at the front, and the customer is told.</summary>
    public async Task<bool> RequeueAsync(long sessionId, string agentId, string customerNotice, CancellationToken ct)
    {
        var requeued = await ChangeAsync(sessionId, (_, s, _) =>
        {
            if (s.AgentId != agentId || s.Status != SessionStatus.Active) return Task.FromResult(false);
            s.Requeue();
            return Task.FromResult(true);
        }, ct);
        if (requeued && customerNotice.Length > 0)
            await SendAsync(sessionId, AuthorKind.System, "", Guid.NewGuid(), customerNotice, ct, MessageKind.Notice);
        return requeued;
    }

    /// <summary>The customer came back from the end form: the same agent if online, else the queue; refused as
    /// <see cref="ReturnOutcome.TooLate"/> past Chat:ReturnMinutes after the end.</summary>
    public async Task<ReturnOutcome> ReturnAsync(long sessionId, bool agentOnline, CancellationToken ct)
    {
        var outcome = ReturnOutcome.NotEnded;
        var returned = await ChangeAsync(sessionId, (_, s, now) =>
        {
            outcome = s.Return(agentOnline, now, chat);
            return Task.FromResult(outcome == ReturnOutcome.Returned);
        }, ct);
        if (returned)
            await SendAsync(sessionId, AuthorKind.System, "", Guid.NewGuid(), "Customer returned to the chat", ct, MessageKind.Event);
        return returned ? ReturnOutcome.Returned : outcome;
    }

    /// <summary>The customer's rating, only while the ended chat is still open to them (Chat:EndedAccessMinutes).</summary>
    public Task<bool> RateAsync(long sessionId, int rating, string? comment, CancellationToken ct) =>
        ChangeAsync(sessionId, (_, s, now) =>
        {
            if (s.TokenExpired(now, chat)) return Task.FromResult(false);
            s.Rate(rating, comment);
            return Task.FromResult(true);
        }, ct);

    /// <summary>Applies a state change through the entity's rules; false when the change is not allowed now.</summary>
    private Task<bool> ChangeAsync(long sessionId, Action<ChatSession, DateTimeOffset> change, CancellationToken ct) =>
        ChangeAsync(sessionId, (_, session, now) =>
        {
            change(session, now);
            return Task.FromResult(true);
        }, ct);

    /// <summary>The one way a session is changed: read it, let <paramref name="change"/> apply the rules (false or an
    /// invalid transition refuses), save against the version read, and on a lost race start again from what won.
    /// A chat that stops being active drops any pending transfer offer in the same commit.</summary>
    private async Task<bool> ChangeAsync(long sessionId, Func<ChatDeskDbContext, ChatSession, DateTimeOffset, Task<bool>> change,
        CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null) return false;
            try
            {
                if (!await change(db, session, time.GetUtcNow())) return false;
            }
            catch (InvalidSessionTransitionException) { return false; }
            var voidOffers = session.Status != SessionStatus.Active
                ? await db.TransferOffers.Where(o => o.SessionId == sessionId).ToListAsync(ct) : [];
            db.TransferOffers.RemoveRange(voidOffers);
            var offersChanged = voidOffers.Count > 0 || db.ChangeTracker.Entries<TransferOffer>().Any(e => e.State == EntityState.Deleted);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < RaceRetries)
            {
                continue; // another writer won: apply the rule again to the state it left
            }
            events.Publish(new SessionChanged(sessionId, session.ChannelId, session.Status) { AgentId = session.AgentId });
            if (offersChanged) events.Publish(new TransferChanged(sessionId, session.ChannelId));
            return true;
        }
    }
}
