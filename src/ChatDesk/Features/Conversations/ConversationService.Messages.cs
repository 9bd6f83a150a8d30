using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

// The hot path: a message is two statements in one transaction, and its event carries it to every view.
public sealed partial class ConversationService
{
    private readonly SemaphoreSlim sqliteWriter = new(1, 1);

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
        string text, CancellationToken ct, MessageKind kind = MessageKind.Text) =>
        await StoreAsync(new(sessionId, author, authorName, null, clientMessageId, kind), text, ct);

    /// <summary>The agent's reply, under the name the customer knows them by, only while the chat is theirs:
    /// ownership is checked in the same statement that takes the sequence number, so it costs no extra read.</summary>
    public async Task<SendResult> SendAsAgentAsync(long sessionId, string agentId, Guid clientMessageId, string text, CancellationToken ct) =>
        await StoreAsync(new(sessionId, AuthorKind.Agent, null, agentId, clientMessageId, MessageKind.Text), text, ct);

    // OnlyWithBot: a bot's reply, taken only while the chat is with the bot. Otherwise a text needs an active chat,
    // or (the customer's) one with the bot.
    // AlsoStore: added in the message's transaction (an attachment's row), so both are stored or neither.
    private sealed record Draft(long SessionId, AuthorKind Author, string? AuthorName, string? AgentId, Guid ClientMessageId, MessageKind Kind,
        bool OnlyWithBot = false, Action<ChatDeskDbContext, ChatMessage>? AlsoStore = null);

    // Columns the claiming UPDATE returns.
    private sealed record Claimed(int LastSequence, int ChannelId, string? AgentId, string? AgentDisplayName);

    // (The CAST tells PostgreSQL the type of a parameter that may be null.)
    // 1. UPDATE … RETURNING takes the next sequence only if the chat exists, may take this message (active, or a
    //    system line), belongs to the agent when one is named, and has no message with this client id yet;
    // 2. INSERT the message. Both in one (immediate) transaction, so a concurrent end, a second window sending the
    //    same id or another message cannot slip in between. A refusal is explained by one more read, off the hot path.
    private async Task<SendResult> StoreAsync(Draft draft, string text, CancellationToken ct)
    {
        var clean = ChatText.Clean(text);
        if (clean.Length == 0) return SendResult.Empty;
        // SQLite has one writer at a time, and a writer that finds the lock taken sleeps in SQLite's busy handler
        // (1, 2, 5, 10, 15 … ms) before it tries again: under load that sleep was the tail of a send's latency.
        // Sends queue here instead, without holding a thread, each starting as the previous one commits.
        var gated = sqlite ??= await IsSqliteAsync(ct);
        if (gated) await sqliteWriter.WaitAsync(ct);
        (ChatMessage Message, Claimed Claimed)? stored;
        try
        {
            stored = gated && draft.AlsoStore is null ? StoreOnSqlite(draft, clean) : await StoreWithEfAsync(draft, clean, ct);
            if (stored is null) return await RefusalAsync(draft, ct);
        }
        finally
        {
            if (gated) sqliteWriter.Release();
        }
        var (message, claimed) = stored.Value;
        // Published after the gate opens: the next send stores while this one fans out.
        events.Publish(new MessageAdded(draft.SessionId, claimed.ChannelId, message.Sequence, Copy(message)) { AgentId = claimed.AgentId });
        return SendResult.Sent;
    }

    private ChatMessage NewMessage(Draft draft, Claimed claimed, string clean) => new()
    {
        SessionId = draft.SessionId, Sequence = claimed.LastSequence, ClientMessageId = draft.ClientMessageId,
        Author = draft.Author, AuthorName = draft.AuthorName ?? claimed.AgentDisplayName ?? "", Text = clean,
        Kind = draft.Kind, SentAt = time.GetUtcNow(),
    };

    private static (int AnyStatus, string Active, string Bot) ClaimArguments(Draft draft) => (
        draft.Kind is MessageKind.Text or MessageKind.Attachment ? 0 : 1,
        (draft.OnlyWithBot ? SessionStatus.Bot : SessionStatus.Active).ToString(),
        (draft.AgentId is null ? SessionStatus.Bot : SessionStatus.Active).ToString());

    private static async Task<Claimed?> ClaimAsync(ChatDeskDbContext db, Draft draft, CancellationToken ct)
    {
        var (anyStatus, active, bot) = ClaimArguments(draft);
        return (await db.Database.SqlQuery<Claimed>($"""
            UPDATE "Sessions" SET "LastSequence" = "LastSequence" + 1, "Version" = "Version" + 1
            WHERE "Id" = {draft.SessionId} AND ({anyStatus} = 1 OR "Status" = {active} OR "Status" = {bot})
              AND (CAST({draft.AgentId} AS TEXT) IS NULL OR "AgentId" = {draft.AgentId})
              AND NOT EXISTS (SELECT 1 FROM "Messages" WHERE "SessionId" = {draft.SessionId} AND "ClientMessageId" = {draft.ClientMessageId})
            RETURNING "LastSequence", "ChannelId", "AgentId", "AgentDisplayName"
            """).ToListAsync(ct)).SingleOrDefault();
    }

    // The message row as SaveChanges would write it, in one INSERT … RETURNING: under the load benchmark SaveChanges
    // (change tracking, command batching) cost more server CPU than the claiming UPDATE (docs/hotpath.md, fourth
    // round). Times are UTC ticks and enums their names, as the model's conversions store them.
    private static async Task<long> InsertAsync(ChatDeskDbContext db, ChatMessage m, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""
            INSERT INTO "Messages" ("SessionId", "Sequence", "ClientMessageId", "Author", "AuthorName", "Text", "Kind", "SentAt", "ReadByAgent", "ReadByCustomer")
            VALUES ({m.SessionId}, {m.Sequence}, {m.ClientMessageId}, {m.Author.ToString()}, {m.AuthorName}, {m.Text}, {m.Kind.ToString()}, {m.SentAt.UtcTicks}, FALSE, FALSE)
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct)).Single();

    // Why the claim refused (after its transaction ended; a concurrent change can only make the answer newer).
    private async Task<SendResult> RefusalAsync(Draft draft, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == draft.SessionId)
            .Select(s => new
            {
                s.AgentId,
                Stored = db.Messages.Any(m => m.SessionId == draft.SessionId && m.ClientMessageId == draft.ClientMessageId),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || (draft.AgentId is not null && found.AgentId != draft.AgentId)) return SendResult.NotFound;
        return found.Stored ? SendResult.Duplicate : SendResult.NotActive;
    }

    // Views share the event's message: each gets it read-only, detached from the context that stored it.
    private static ChatMessage Copy(ChatMessage m) => new()
    {
        Id = m.Id, SessionId = m.SessionId, Sequence = m.Sequence, ClientMessageId = m.ClientMessageId, Author = m.Author,
        AuthorName = m.AuthorName, Text = m.Text, Kind = m.Kind, SentAt = m.SentAt,
    };

    /// <summary>The agent has seen every customer message so far.</summary>
    public async Task MarkReadByAgentAsync(long sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Messages.Where(m => m.SessionId == sessionId && m.Author == AuthorKind.Customer && !m.ReadByAgent)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReadByAgent, true), ct);
    }

    public void Typing(ChatSession session, AuthorKind who, bool isTyping) =>
        events.Publish(new TypingChanged(session.Id, session.ChannelId, who, isTyping));
}
