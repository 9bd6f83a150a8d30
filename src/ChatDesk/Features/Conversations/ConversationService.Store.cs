using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

// Where a send's two statements run: on SQLite below EF (SqliteSendStatements), elsewhere and for a message with
// rows beside it (an attachment) through EF.
public sealed partial class ConversationService : IDisposable
{
    private bool? sqlite;
    private SqliteSendStatements? sqliteStatements;

    private async Task<bool> IsSqliteAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return db.Database.IsSqlite();
    }

    // Under the gate: the two statements on SQLite's own send connection, in one immediate transaction. A failure
    // drops the connection, so the next send opens a fresh one.
    private (ChatMessage, Claimed)? StoreOnSqlite(Draft draft, string clean)
    {
        if (sqliteStatements is null)
        {
            using var db = contexts.CreateDbContext();
            sqliteStatements = SqliteSendStatements.Open(db, databaseOptions);
        }
        var statements = sqliteStatements;
        try
        {
            statements.Begin();
            var (anyStatus, active, bot) = ClaimArguments(draft);
            if (statements.Claim(draft.SessionId, anyStatus, active, bot, draft.AgentId, draft.ClientMessageId) is not { } found)
            {
                statements.Rollback();
                return null;
            }
            var claimed = new Claimed(found.LastSequence, found.ChannelId, found.AgentId, found.AgentDisplayName);
            var message = NewMessage(draft, claimed, clean);
            message.Id = statements.Insert(message);
            statements.Commit();
            return (message, claimed);
        }
        catch
        {
            try { statements.Rollback(); } catch (Exception) { /* the connection is dropped below either way */ }
            statements.Dispose();
            sqliteStatements = null;
            throw;
        }
    }

    private async Task<(ChatMessage, Claimed)?> StoreWithEfAsync(Draft draft, string clean, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await ClaimAsync(db, draft, ct) is not { } claimed) return null;
        var message = NewMessage(draft, claimed, clean);
        if (draft.AlsoStore is null) message.Id = await InsertAsync(db, message, ct);
        else
        {
            db.Messages.Add(message);
            draft.AlsoStore(db, message);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return (message, claimed);
    }

    /// <summary>Closes SQLite's send connection, after a send in flight has finished with it.</summary>
    public void Dispose()
    {
        var idle = sqliteWriter.Wait(TimeSpan.FromSeconds(5));
        try
        {
            sqliteStatements?.Dispose();
            sqliteStatements = null;
        }
        finally
        {
            if (idle) sqliteWriter.Release();
        }
    }
}
