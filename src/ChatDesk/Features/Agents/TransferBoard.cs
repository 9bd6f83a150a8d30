using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Agents;

/// <summary>Transfers waiting for the receiver's answer and chats handed over, stored (rule 11): a restart keeps
/// both. Every change is published as <see cref="TransferChanged"/> on the event bus (rule 13).</summary>
public sealed class TransferBoard(IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time)
{
    /// <summary>False when the chat already has an offer pending (one per chat: the primary key decides).</summary>
    public async Task<bool> TryOfferAsync(ChatSession session, string fromId, string fromName, string toId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Offering again replaces what the sender was told about an earlier offer.
        db.TransferNotices.RemoveRange(await db.TransferNotices.Where(n => n.SessionId == session.Id && n.FromAgentId == fromId).ToListAsync(ct));
        db.TransferOffers.Add(new TransferOffer
        {
            SessionId = session.Id, FromAgentId = fromId, FromName = fromName, ToAgentId = toId,
            CustomerName = session.Customer.Name, At = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return false;
        }
        events.Publish(new TransferChanged(session.Id, session.ChannelId));
        return true;
    }

    public async Task<TransferOffer?> PendingForAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.TransferOffers.AsNoTracking().FirstOrDefaultAsync(o => o.SessionId == sessionId, ct);
    }

    public async Task<IReadOnlyList<TransferOffer>> OffersToAsync(string agentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var offers = await db.TransferOffers.AsNoTracking().Where(o => o.ToAgentId == agentId).ToListAsync(ct);
        return offers.OrderBy(o => o.At).ToList();
    }

    /// <summary>The sender withdraws the offer; false when it was already settled.</summary>
    public Task<bool> CancelAsync(long sessionId, string fromId, CancellationToken ct) =>
        RemoveAsync(sessionId, o => o.SessionId == sessionId && o.FromAgentId == fromId, ct);

    /// <summary>The receiver turns the offer down (the sender is told); false when it was already settled or withdrawn.</summary>
    public Task<bool> RejectAsync(long sessionId, string toId, CancellationToken ct) =>
        SettleAsync(sessionId, o => o.ToAgentId == toId, TransferOutcome.Rejected, ct);

    /// <summary>How long a receiver's presence lease may have run out before their offers expire. A restart (graceful
    /// or killed) lets every lease lapse while the tabs reconnect; an offer must outlive that (issue 9), so only a
    /// workspace that stays closed this long lets the offer go.</summary>
    public static readonly TimeSpan ReceiverGoneFor = TimeSpan.FromSeconds(60);

    /// <summary>Offers whose receiver has had no workspace open for <see cref="ReceiverGoneFor"/> (or who was disabled)
    /// expire, and the sender is told; the number expired. Read from the stored leases, not a node's cache, so the
    /// answer is the same on every node and right after a restart.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow() - ReceiverGoneFor;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var offers = await db.TransferOffers.AsNoTracking()
            .Where(o => !db.Users.Any(u => u.Id == o.ToAgentId && !u.Disabled && u.PresenceLeaseUntil != null && u.PresenceLeaseUntil > before))
            .Select(o => new { o.SessionId, o.ToAgentId }).ToListAsync(ct);
        var expired = 0;
        foreach (var offer in offers)
            if (await SettleAsync(offer.SessionId, o => o.ToAgentId == offer.ToAgentId, TransferOutcome.Expired, ct)) expired++;
        return expired;
    }

    /// <summary>What the sender of the chat's last offer should still be told, if anything.</summary>
    public async Task<TransferNotice?> NoticeForAsync(long sessionId, string fromId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.TransferNotices.AsNoTracking().FirstOrDefaultAsync(n => n.SessionId == sessionId && n.FromAgentId == fromId, ct);
    }

    public async Task DismissAsync(long sessionId, string fromId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.TransferNotices.Where(n => n.SessionId == sessionId && n.FromAgentId == fromId).ExecuteDeleteAsync(ct);
    }

    // The offer goes and the sender's notice comes in one save; of two settling the same offer, the one whose
    // delete finds no row any more gets a concurrency error and "no".
    private async Task<bool> SettleAsync(long sessionId, Func<TransferOffer, bool> which, TransferOutcome outcome, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var offer = await db.TransferOffers.FirstOrDefaultAsync(o => o.SessionId == sessionId, ct);
        if (offer is null || !which(offer)) return false;
        var toName = await db.Users.Where(u => u.Id == offer.ToAgentId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        db.TransferOffers.Remove(offer);
        var notice = await db.TransferNotices.FindAsync([offer.SessionId, offer.FromAgentId], ct);
        if (notice is null) db.TransferNotices.Add(notice = new TransferNotice { SessionId = offer.SessionId, FromAgentId = offer.FromAgentId });
        (notice.ToName, notice.Outcome, notice.At) = (toName, outcome, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return false;
        }
        var channelId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.ChannelId).FirstOrDefaultAsync(ct);
        events.Publish(new TransferChanged(sessionId, channelId));
        return true;
    }

    /// <summary>Any offer on the chat is void (a manager moved it).</summary>
    public Task<bool> VoidAsync(long sessionId, CancellationToken ct) => RemoveAsync(sessionId, o => o.SessionId == sessionId, ct);

    public async Task<bool> WasHandedOverByAsync(string agentId, long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.HandOvers.AnyAsync(h => h.AgentId == agentId && h.SessionId == sessionId, ct);
    }

    /// <summary>The agent closed the read-only view of a chat they handed over.</summary>
    public async Task ForgetAsync(string agentId, long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.HandOvers.Where(h => h.AgentId == agentId && h.SessionId == sessionId).ExecuteDeleteAsync(ct);
    }

    private async Task<bool> RemoveAsync(long sessionId, System.Linq.Expressions.Expression<Func<TransferOffer, bool>> which,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // A conditional delete: of two agents settling one offer, only one removes the row.
        if (await db.TransferOffers.Where(which).ExecuteDeleteAsync(ct) == 0) return false;
        var channelId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.ChannelId).FirstOrDefaultAsync(ct);
        events.Publish(new TransferChanged(sessionId, channelId));
        return true;
    }
}
