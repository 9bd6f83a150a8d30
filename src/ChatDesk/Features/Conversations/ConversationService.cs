using System.Security.Cryptography;
using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>Every change to a chat goes through here: persisted first, then published (rule 1).</summary>
public sealed class ConversationService(
    IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time)
{
    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Starts a chat from the pre-chat form: the question is the first message, the chat is queued.</summary>
    /// <param name="faqShown">Articles offered first: the chat then waits in the FAQ step, not the queue.</param>
    public async Task<ChatSession> StartAsync(int channelId, CustomerDetails customer, string question, string? sourceUrl,
        CancellationToken ct, IReadOnlyList<int>? faqShown = null)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = new ChatSession
        {
            PublicToken = NewToken(), ChannelId = channelId, Customer = customer, CreatedAt = now,
            SourceUrl = sourceUrl is { Length: <= 2048 } ? sourceUrl : null,
        };
        if (faqShown is { Count: > 0 })
        {
            session.ShowFaq(faqShown);
        }
        else
        {
            session.Queue(now);
        }
        session.LastSequence = 1;
        session.Messages.Add(new ChatMessage
        {
            Sequence = 1, ClientMessageId = Guid.NewGuid(), Author = AuthorKind.Customer,
            AuthorName = customer.Name, Text = ChatText.Clean(question), SentAt = now,
        });
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        session.InitialQueuePosition = await QueueQueries.PositionAsync(db, session, ct);
        await db.SaveChangesAsync(ct);
        events.Publish(new SessionChanged(session.Id, channelId, session.Status));
        return session;
    }

    public async Task<ChatSession?> FindByTokenAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.PublicToken == token, ct);
    }

    public async Task<ChatSession?> FindAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
    }

    public async Task<IReadOnlyList<ChatMessage>> MessagesAfterAsync(long sessionId, int afterSequence, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Messages.AsNoTracking()
            .Where(m => m.SessionId == sessionId && m.Sequence > afterSequence)
            .OrderBy(m => m.Sequence).ToListAsync(ct);
    }

    public async Task<bool> WasSentAsync(long sessionId, Guid clientMessageId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Messages.AnyAsync(m => m.SessionId == sessionId && m.ClientMessageId == clientMessageId, ct);
    }

    /// <summary>Stores a message once per client id (rule 2) with the next sequence number.</summary>
    public async Task<SendResult> SendAsync(long sessionId, AuthorKind author, string authorName, Guid clientMessageId,
        string text, CancellationToken ct, MessageKind kind = MessageKind.Text)
    {
        var clean = ChatText.Clean(text);
        if (clean.Length == 0) return SendResult.Empty;
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await db.Messages.AnyAsync(m => m.SessionId == sessionId && m.ClientMessageId == clientMessageId, ct))
                return SendResult.Duplicate;
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null) return SendResult.NotFound;
            if (kind == MessageKind.Text && session.Status != SessionStatus.Active) return SendResult.NotActive;

            session.LastSequence++;
            var message = new ChatMessage
            {
                SessionId = sessionId, Sequence = session.LastSequence, ClientMessageId = clientMessageId,
                Author = author, AuthorName = authorName, Text = clean, Kind = kind, SentAt = time.GetUtcNow(),
            };
            db.Messages.Add(message);
            try
            {
                await db.SaveChangesAsync(ct);
                events.Publish(new MessageAdded(sessionId, session.ChannelId, message.Sequence));
                return SendResult.Sent;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another writer took this sequence number (or stored this client id) first: read again and retry.
            }
        }
    }

    /// <summary>One winner per pickup (rule 3): only a still-queued chat can be claimed, and (when a capacity
    /// is given) only by an agent with fewer active chats than that, checked in the same statement.</summary>
    public async Task<bool> AcceptAsync(long sessionId, string agentId, string agentName, string welcome, CancellationToken ct,
        int? capacity = null)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var limit = capacity ?? int.MaxValue;
        var claimed = await db.Sessions
            .Where(s => s.Id == sessionId && s.Status == SessionStatus.Queued &&
                db.Sessions.Count(other => other.AgentId == agentId && other.Status == SessionStatus.Active) < limit)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SessionStatus.Active)
                .SetProperty(s => s.AgentId, agentId)
                .SetProperty(s => s.AgentDisplayName, agentName)
                .SetProperty(s => s.AcceptedAt, s => s.AcceptedAt ?? now), ct);
        if (claimed == 0) return false;
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
        events.Publish(new SessionChanged(sessionId, session.ChannelId, SessionStatus.Active));
        if (!string.IsNullOrWhiteSpace(welcome))
            await SendAsync(sessionId, AuthorKind.Agent, agentName, Guid.NewGuid(), welcome, ct, MessageKind.Welcome);
        return true;
    }

    /// <summary>Moves an active chat from one agent to another, only if it is still the sender's (one winner).</summary>
    public async Task<bool> TransferAsync(long sessionId, string fromId, string toId, string toName, string note, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var moved = await db.Sessions
            .Where(s => s.Id == sessionId && s.AgentId == fromId && s.Status == SessionStatus.Active)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.AgentId, toId).SetProperty(s => s.AgentDisplayName, toName), ct);
        if (moved == 0) return false;
        await SendAsync(sessionId, AuthorKind.System, "", Guid.NewGuid(), note, ct, MessageKind.Event);
        var channelId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.ChannelId).FirstAsync(ct);
        events.Publish(new SessionChanged(sessionId, channelId, SessionStatus.Active));
        return true;
    }

    /// <summary>The agent has seen every customer message so far.</summary>
    public async Task MarkReadByAgentAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Messages.Where(m => m.SessionId == sessionId && m.Author == AuthorKind.Customer && !m.ReadByAgent)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReadByAgent, true), ct);
    }

    /// <summary>From the FAQ step into the queue.</summary>
    public Task<bool> QueueAsync(long sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.Queue(now), ct);

    /// <summary>From the queue to the offline form (the queue fallback).</summary>
    public Task<bool> GoOfflineAsync(long sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, _) => s.GoOffline(), ct);

    public Task<bool> TicketPostedAsync(long sessionId, long ticketId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, _) => s.PostTicket(ticketId), ct);

    public Task<bool> TranscriptSentAsync(long sessionId, DateTimeOffset sentAt, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, _) => s.TranscriptSentAt = sentAt, ct);

    public Task<bool> EndAsync(long sessionId, EndReason reason, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.End(reason, now), ct);

    /// <summary>The customer came back from the end form: the same agent if present, else the queue.</summary>
    public async Task<bool> ReturnAsync(long sessionId, bool agentPresent, CancellationToken ct)
    {
        var returned = await ChangeAsync(sessionId, (s, now) =>
        {
            if (agentPresent) s.Accept(s.AgentId!, s.AgentDisplayName ?? "", now);
            else
            {
                s.RequestedAt = null;
                s.AgentId = null;
                s.Queue(now);
            }
        }, ct);
        if (returned)
            await SendAsync(sessionId, AuthorKind.System, "", Guid.NewGuid(), "Customer returned to the chat", ct, MessageKind.Event);
        return returned;
    }

    public Task<bool> RateAsync(long sessionId, int rating, string? comment, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, _) =>
        {
            if (s.Status != SessionStatus.Ended) throw new InvalidSessionTransitionException(s.Status, s.Status);
            s.Rating = Math.Clamp(rating, 1, 5);
            s.RatingComment = string.IsNullOrWhiteSpace(comment) ? null : ChatText.Clean(comment, 2000);
        }, ct);

    /// <summary>Applies a state change through the entity's rules; false when the change is not allowed now.</summary>
    private async Task<bool> ChangeAsync(long sessionId, Action<ChatSession, DateTimeOffset> change, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return false;
        try { change(session, time.GetUtcNow()); }
        catch (InvalidSessionTransitionException) { return false; }
        await db.SaveChangesAsync(ct);
        events.Publish(new SessionChanged(sessionId, session.ChannelId, session.Status));
        return true;
    }

    public void Typing(ChatSession session, AuthorKind who, bool isTyping) =>
        events.Publish(new TypingChanged(session.Id, session.ChannelId, who, isTyping));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum SendResult { Sent, Duplicate, Empty, NotActive, NotFound }
