using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Conversations;

/// <summary>Every change to a chat goes through here: persisted first, then published (rule 1).</summary>
public sealed partial class ConversationService(
    IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time, IOptions<ChatOptions>? options = null,
    DatabaseOptions? database = null)
{
    private readonly ChatOptions chat = options?.Value ?? new ChatOptions();
    private readonly DatabaseOptions databaseOptions = database ?? new DatabaseOptions();

    /// <summary>Starts a chat from the pre-chat form: the question is the first message, the chat is queued. The
    /// returned session carries the raw token (<see cref="ChatSession.IssuedToken"/>) for the browser; only its hash is stored.</summary>
    /// <param name="faqShown">Articles offered first: the chat then waits in the FAQ step, not the queue.</param>
    /// <param name="botFirst">The channel sends new chats to its bot first: the chat starts with the bot.</param>
    public async Task<ChatSession> StartAsync(int channelId, CustomerDetails customer, string question, string? sourceUrl,
        CancellationToken ct, IReadOnlyList<int>? faqShown = null, bool botFirst = false)
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
        if (botFirst)
        {
            session.StartWithBot();
        }
        else if (faqShown is { Count: > 0 })
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
        var found = await SessionByTokenHash.For(db)(db, hash, ct);
        if (found is null || !ChatToken.Matches(token!, found.TokenHash) || found.TokenExpired(time.GetUtcNow(), chat)) return null;
        return found;
    }

    // Every customer API request and hub connection asks this: compiled once, so EF does not walk and hash the
    // expression on every call to find its cached SQL (docs/hotpath.md, fifth round).
    private static readonly CompiledPerModel<Func<ChatDeskDbContext, string, CancellationToken, Task<ChatSession?>>> SessionByTokenHash =
        new(() => EF.CompileAsyncQuery((ChatDeskDbContext db, string hash, CancellationToken ct) =>
            db.Sessions.AsNoTracking().FirstOrDefault(s => s.TokenHash == hash)));

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
}

public enum SendResult { Sent, Duplicate, Empty, NotActive, NotFound }
