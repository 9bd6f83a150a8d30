using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Conversations;

/// <summary>Every change to a chat goes through here: persisted first, then published (rule 1).</summary>
public sealed partial class ConversationService(
    IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time, IOptions<ChatOptions>? options = null)
{
    private readonly ChatOptions chat = options?.Value ?? new ChatOptions();

    /// <summary>Starts a chat from the pre-chat form: the question is the first message, the chat is queued. The
    /// returned session carries the raw token (<see cref="ChatSession.IssuedToken"/>) for the browser; only its hash is stored.</summary>
    /// <param name="faqShown">Articles offered first: the chat then waits in the FAQ step, not the queue.</param>
    public async Task<ChatSession> StartAsync(int channelId, CustomerDetails customer, string question, string? sourceUrl,
        CancellationToken ct, IReadOnlyList<int>? faqShown = null)
    {
        var now = time.GetUtcNow();
        customer = ChatText.CleanDetails(customer);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var token = ChatToken.New();
        var session = new ChatSession
        {
            TokenHash = ChatToken.Hash(token), ChannelId = channelId, Customer = customer, CreatedAt = now,
            SourceUrl = sourceUrl is { Length: <= 2048 } ? sourceUrl : null, CustomerSeenAt = now,
        };
        if (faqShown is { Count: > 0 })
        {
            session.ShowFaq(faqShown);
        }
        else
        {
            session.Queue(now);
        }
        session.Messages.Add(new ChatMessage
        {
            Sequence = session.NextSequence(), ClientMessageId = Guid.NewGuid(), Author = AuthorKind.Customer,
            AuthorName = customer.Name, Text = ChatText.Clean(question), SentAt = now,
        });
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        session.InitialQueuePosition = await QueueQueries.PositionAsync(db, session, ct);
        await db.SaveChangesAsync(ct);
        events.Publish(new SessionChanged(session.Id, channelId, session.Status));
        session.IssuedToken = token;
        return session;
    }

    /// <summary>The chat a browser's token opens: found by the token's hash, confirmed in constant time, and only
    /// while the token lives (Chat:EndedAccessMinutes after the end); an expired token is as unknown as a forged one.</summary>
    public async Task<ChatSession?> FindByTokenAsync(string? token, CancellationToken ct)
    {
        if (!ChatToken.IsPlausible(token)) return null;
        var hash = ChatToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash, ct);
        if (found is null || !ChatToken.Matches(token!, found.TokenHash) || found.TokenExpired(time.GetUtcNow(), chat)) return null;
        return found;
    }

    /// <summary>When the customer's "Return to chat" and their access to the ended chat run out.</summary>
    public TokenDeadlines DeadlinesOf(ChatSession session) => session.DeadlinesFor(chat);

    /// <summary>Whether the chat's token no longer opens it (the page then forgets it, as a reload would).</summary>
    public bool TokenExpired(ChatSession session) => session.TokenExpired(time.GetUtcNow(), chat);

    /// <summary>Whether the end form offers "Return to chat" now.</summary>
    public bool CanReturn(ChatSession session) => session.CanReturn(time.GetUtcNow(), chat);

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

            var message = new ChatMessage
            {
                SessionId = sessionId, Sequence = session.NextSequence(), ClientMessageId = clientMessageId,
                Author = author, AuthorName = authorName, Text = clean, Kind = kind, SentAt = time.GetUtcNow(),
            };
            db.Messages.Add(message);
            try
            {
                await db.SaveChangesAsync(ct);
                events.Publish(new MessageAdded(sessionId, session.ChannelId, message.Sequence));
                return SendResult.Sent;
            }
            catch (DbUpdateException) when (attempt < 8)
            {
                // Another writer changed the chat (a message, an end) or stored this client id first: read again, so
                // a chat that ended meanwhile refuses the message instead of storing it after the end.
            }
        }
    }

    /// <summary>The agent has seen every customer message so far.</summary>
    public async Task MarkReadByAgentAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Messages.Where(m => m.SessionId == sessionId && m.Author == AuthorKind.Customer && !m.ReadByAgent)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReadByAgent, true), ct);
    }

    /// <summary>Records the transcript's delivery once (the first delivery wins); the end form then says it was sent.</summary>
    public async Task<bool> TranscriptSentAsync(long sessionId, DateTimeOffset sentAt, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.ChannelId, s.Status }).FirstOrDefaultAsync(ct);
        if (session is null) return false;
        var set = await db.Sessions.Where(s => s.Id == sessionId && s.TranscriptSentAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.TranscriptSentAt, sentAt), ct);
        if (set > 0) events.Publish(new SessionChanged(sessionId, session.ChannelId, session.Status));
        return set > 0;
    }

    public void Typing(ChatSession session, AuthorKind who, bool isTyping) =>
        events.Publish(new TypingChanged(session.Id, session.ChannelId, who, isTyping));
}

public enum SendResult { Sent, Duplicate, Empty, NotActive, NotFound }
