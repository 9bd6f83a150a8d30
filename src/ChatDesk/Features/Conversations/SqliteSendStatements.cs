using ChatDesk.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChatDesk.Features.Conversations;

/// <summary>SQLite's send, below EF: one connection kept open and the send's statements prepared once, used by one
/// send at a time (the send gate in <see cref="ConversationService"/>). Under the load benchmark EF's work around the
/// same two statements (a pooled context, a transaction object, the raw SQL rendered and every parameter built
/// anew, SQLite parsing each statement again) was most of a send's time inside the gate, and every queued send
/// waited for it (docs/hotpath.md, ninth round). The SQL is the EF path's, so both store the same rows.</summary>
internal sealed class SqliteSendStatements : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand begin, claim, insert, commit, rollback;
    private readonly IReadOnlyList<IStatementListener> listeners;

    private readonly bool owned;

    private SqliteSendStatements(SqliteConnection connection, bool owned, IReadOnlyList<IStatementListener> listeners)
    {
        this.connection = connection;
        this.owned = owned;
        this.listeners = listeners;
        begin = Prepare("BEGIN IMMEDIATE");
        commit = Prepare("COMMIT");
        rollback = Prepare("ROLLBACK");
        claim = Prepare("""
            UPDATE "Sessions" SET "LastSequence" = "LastSequence" + 1, "Version" = "Version" + 1
            WHERE "Id" = $session AND ($anyStatus = 1 OR "Status" = $active OR "Status" = $bot)
              AND (CAST($agent AS TEXT) IS NULL OR "AgentId" = $agent)
              AND NOT EXISTS (SELECT 1 FROM "Messages" WHERE "SessionId" = $session AND "ClientMessageId" = $client)
            RETURNING "LastSequence", "ChannelId", "AgentId", "AgentDisplayName"
            """, "$session", "$anyStatus", "$active", "$bot", "$agent", "$client");
        insert = Prepare("""
            INSERT INTO "Messages" ("SessionId", "Sequence", "ClientMessageId", "Author", "AuthorName", "Text", "Kind", "SentAt", "ReadByAgent", "ReadByCustomer")
            VALUES ($session, $sequence, $client, $author, $authorName, $text, $kind, $sentAt, FALSE, FALSE)
            RETURNING "Id"
            """, "$session", "$sequence", "$client", "$author", "$authorName", "$text", "$kind", "$sentAt");
    }

    /// <summary>Opens the connection the context's options name, with the same pragmas as every other connection
    /// (<see cref="SqliteTuning"/>), and finds who listens to statements run outside EF (the tests' counters). Options
    /// built on an open connection (an in-memory database, which another connection would not see) lend theirs.</summary>
    public static SqliteSendStatements Open(ChatDeskDbContext db, DatabaseOptions tuning)
    {
        var options = db.GetService<IDbContextOptions>();
        var interceptors = options.FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        IReadOnlyList<IStatementListener> listeners = [.. interceptors.OfType<IStatementListener>()];
        if (RelationalOptionsExtension.Extract(options).Connection is SqliteConnection lent)
            return new SqliteSendStatements(lent, owned: false, listeners);
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        try
        {
            connection.Open();
            SqliteTuning.Apply(connection, tuning);
            return new SqliteSendStatements(connection, owned: true, listeners);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Begin() => begin.ExecuteNonQuery();

    public void Commit() => commit.ExecuteNonQuery();

    /// <summary>Ends a transaction that is still open (SQLite may have rolled it back itself after an error).</summary>
    public void Rollback()
    {
        if (!connection.Handle!.IsInvalid && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0) rollback.ExecuteNonQuery();
    }

    /// <summary>The claiming UPDATE: the next sequence and the chat's routing, or null when the chat refuses.</summary>
    public (int LastSequence, int ChannelId, string? AgentId, string? AgentDisplayName)? Claim(
        long sessionId, int anyStatus, string active, string bot, string? agentId, Guid clientId)
    {
        Set(claim, sessionId, anyStatus, active, bot, (object?)agentId ?? DBNull.Value, clientId);
        Heard(claim);
        using var reader = claim.ExecuteReader();
        if (!reader.Read()) return null;
        return (reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    /// <summary>The message row as SaveChanges writes it: times as UTC ticks, enums by name.</summary>
    public long Insert(ChatMessage m)
    {
        Set(insert, m.SessionId, m.Sequence, m.ClientMessageId, m.Author.ToString(), m.AuthorName, m.Text, m.Kind.ToString(), m.SentAt.UtcTicks);
        Heard(insert);
        return (long)insert.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var command in new[] { begin, claim, insert, commit, rollback }) command.Dispose();
        if (owned) connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }

    private void Heard(SqliteCommand command)
    {
        foreach (var listener in listeners) listener.Executing(command.CommandText);
    }
}
