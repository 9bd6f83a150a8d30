using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Agents;

public enum AcceptOutcome { Accepted, Taken, AtCapacity, NotAllowed, QueueEmpty }

/// <summary>What an agent may do to chats, checked on the server for every call: membership with "can respond"
/// for picking up, ownership for everything done inside a chat. The UI showing a button proves nothing.</summary>
public sealed class AgentDesk(
    IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations, QueueService queue,
    TicketService tickets, TranscriptMailer transcripts, AgentPresence presence, TransferBoard transfers)
{
    /// <summary>Agents who could take over this chat now: present, allowed to respond on its channel, not the owner.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> TransferTargetsAsync(string agentId, long sessionId, CancellationToken ct)
    {
        if (await OwnChatAsync(agentId, sessionId, ct) is not { } session) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var members = await db.ChannelMembers.Where(m => m.ChannelId == session.ChannelId && m.CanRespond && m.UserId != agentId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return members.Where(m => presence.IsPresent(m.Id)).Select(m => (m.Id, m.DisplayName)).ToList();
    }

    public async Task<bool> OfferTransferAsync(string agentId, long sessionId, string toId, CancellationToken ct)
    {
        if (await OwnChatAsync(agentId, sessionId, ct) is not { Status: SessionStatus.Active } session) return false;
        if (!(await TransferTargetsAsync(agentId, sessionId, ct)).Any(t => t.Id == toId)) return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var fromName = await db.Users.Where(u => u.Id == agentId).Select(u => u.DisplayName).FirstAsync(ct);
        return await transfers.TryOfferAsync(session, agentId, fromName, toId, ct);
    }

    public Task<bool> CancelTransferAsync(string agentId, long sessionId, CancellationToken ct) =>
        transfers.CancelAsync(sessionId, agentId, ct);

    public Task<bool> RejectTransferAsync(string agentId, long sessionId, CancellationToken ct) =>
        transfers.RejectAsync(sessionId, agentId, ct);

    /// <summary>The receiver takes the chat over; the sender keeps a read-only view until closing it. The offer is
    /// settled, the chat moved and the hand-over recorded in one commit: a chat that ended or an offer withdrawn
    /// meanwhile makes this return false and changes nothing.</summary>
    public async Task<bool> AcceptTransferAsync(string agentId, long sessionId, CancellationToken ct)
    {
        if (await transfers.PendingForAsync(sessionId, ct) is not { } offer || offer.ToAgentId != agentId) return false;
        var channelId = (await conversations.FindAsync(sessionId, ct))?.ChannelId;
        if (channelId is null) return false;
        var (name, _) = await queue.GreetingAsync(channelId.Value, agentId, ct);
        return await conversations.TransferAsync(sessionId, offer.FromAgentId, agentId, name,
            $"Transferred from {offer.FromName} to {name}", ct, offerTo: true);
    }

    /// <summary>A chat this agent may look at without answering: one they handed over.</summary>
    public async Task<ChatSession?> HandedOverChatAsync(string agentId, long sessionId, CancellationToken ct) =>
        await transfers.WasHandedOverByAsync(agentId, sessionId, ct) ? await conversations.FindAsync(sessionId, ct) : null;

    public async Task<AcceptOutcome> AcceptAsync(string agentId, long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channelId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.ChannelId).FirstOrDefaultAsync(ct);
        if (channelId is null || !await CanRespondAsync(db, agentId, channelId.Value, ct)) return AcceptOutcome.NotAllowed;
        var capacity = await db.Users.Where(u => u.Id == agentId).Select(u => u.Capacity).FirstAsync(ct);
        var (name, welcome) = await queue.GreetingAsync(channelId.Value, agentId, ct);
        if (await conversations.AcceptAsync(sessionId, agentId, name, welcome, ct, capacity)) return AcceptOutcome.Accepted;
        var active = await db.Sessions.CountAsync(s => s.AgentId == agentId && s.Status == SessionStatus.Active, ct);
        return active >= capacity ? AcceptOutcome.AtCapacity : AcceptOutcome.Taken;
    }

    /// <summary>Takes the oldest waiting chat in the agent's channels; skips chats others take meanwhile.</summary>
    public async Task<(AcceptOutcome Outcome, long? SessionId)> AcceptNextAsync(string agentId, CancellationToken ct)
    {
        var channels = await queue.RespondableChannelsAsync(agentId, ct);
        foreach (var waiting in await queue.WaitingAsync(channels, ct))
        {
            var outcome = await AcceptAsync(agentId, waiting.SessionId, ct);
            if (outcome != AcceptOutcome.Taken) return (outcome, outcome == AcceptOutcome.Accepted ? waiting.SessionId : null);
        }
        return (AcceptOutcome.QueueEmpty, null);
    }

    /// <summary>The chat if it is this agent's own; null for anyone else's, whatever route asked.</summary>
    public async Task<ChatSession?> OwnChatAsync(string agentId, long sessionId, CancellationToken ct)
    {
        var session = await conversations.FindAsync(sessionId, ct);
        return session?.AgentId == agentId ? session : null;
    }

    /// <summary>Ownership is checked in the statement that stores the reply (NotFound for anyone else's chat).</summary>
    public Task<SendResult> SendAsync(string agentId, long sessionId, Guid clientId, string text, CancellationToken ct) =>
        conversations.SendAsAgentAsync(sessionId, agentId, clientId, text, ct);

    public Task<bool> EndAsync(string agentId, long sessionId, CancellationToken ct) =>
        conversations.EndAsAgentAsync(sessionId, agentId, ct);

    /// <summary>Task menu: the chat log becomes a ticket; returns its number, or null when not the agent's chat.</summary>
    public async Task<int?> CreateTicketAsync(string agentId, long sessionId, string? note, CancellationToken ct)
    {
        if (await OwnChatAsync(agentId, sessionId, ct) is null) return null;
        var ticket = await tickets.CreateFromChatAsync(sessionId, string.IsNullOrWhiteSpace(note) ? null : ChatText.Clean(note, 4000), ct);
        return ticket.Number;
    }

    /// <summary>Task menu: the transcript goes to the customer's address through the outbox.</summary>
    public async Task<string?> SendTranscriptAsync(string agentId, long sessionId, CancellationToken ct)
    {
        if (await OwnChatAsync(agentId, sessionId, ct) is not { } session || string.IsNullOrWhiteSpace(session.Customer.Email)) return null;
        await transcripts.QueueTranscriptAsync(sessionId, session.Customer.Email, ct);
        return session.Customer.Email;
    }

    /// <summary>The customer's earlier chats and tickets, matched by e-mail, for the side panel.</summary>
    public async Task<CustomerHistory> HistoryAsync(string agentId, long sessionId, CancellationToken ct)
    {
        if (await OwnChatAsync(agentId, sessionId, ct) is not { } session) return CustomerHistory.None;
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Case-insensitive, as the privacy page matches addresses, and served by the lower(Customer_Email) indexes.
        var email = session.Customer.Email.ToLowerInvariant();
        var chats = await db.Sessions.AsNoTracking()
            .Where(s => s.Customer.Email.ToLower() == email && s.Id != sessionId && s.RequestedAt != null)
            // Only chats the agent may open (ReadableChannels): their own channels' chats.
            .Where(s => db.ChannelMembers.Any(m => m.ChannelId == s.ChannelId && m.UserId == agentId))
            .OrderByDescending(s => s.Id).Take(10)
            .Select(s => new PastChat(s.Id, s.RequestedAt!.Value, s.Status, s.AgentDisplayName)).ToListAsync(ct);
        var ticketList = await db.Tickets.AsNoTracking().Where(t => t.Customer.Email.ToLower() == email
                && db.ChannelMembers.Any(m => m.ChannelId == t.ChannelId && m.UserId == agentId))
            .OrderByDescending(t => t.Number).Take(10)
            .Select(t => new PastTicket(t.Number, t.CreatedAt, t.Status.ToString(), t.Question)).ToListAsync(ct);
        var shown = (session.FaqShown ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var faq = await db.FaqArticles.AsNoTracking().Where(a => shown.Contains(a.Id)).OrderBy(a => a.Title).Select(a => new FaqShown(a.Id, a.Title)).ToListAsync(ct);
        return new CustomerHistory(chats, ticketList, faq);
    }

    private static Task<bool> CanRespondAsync(ChatDeskDbContext db, string agentId, int channelId, CancellationToken ct) =>
        db.ChannelMembers.AnyAsync(m => m.UserId == agentId && m.ChannelId == channelId && m.CanRespond, ct);
}

/// <summary>An FAQ article the customer was shown before the chat; the agent can open it.</summary>
public sealed record FaqShown(int Id, string Title);

public sealed record PastChat(long SessionId, DateTimeOffset RequestedAt, SessionStatus Status, string? AgentName);

public sealed record PastTicket(int Number, DateTimeOffset CreatedAt, string Status, string Question);

public sealed record CustomerHistory(IReadOnlyList<PastChat> Chats, IReadOnlyList<PastTicket> Tickets, IReadOnlyList<FaqShown> FaqShown)
{
    public static readonly CustomerHistory None = new([], [], []);
}
