using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Tickets;

/// <summary>Gives each new ticket the next number (1001 first) and stores it, unique even under concurrent calls.</summary>
internal static class TicketNumbers
{
    public const int First = 1001;
    private const int MaxAttempts = 5;

    /// <summary>PostgreSQL's transaction-scoped advisory lock around picking a number ("TicketNo").</summary>
    private const long NumberLock = 0x54_69_63_6B_65_74_4E_6F;

    /// <summary>Runs <paramref name="stage"/> with the next free number inside a write transaction and commits.
    /// SQLite's BEGIN IMMEDIATE (the provider's default) already serialises writers; PostgreSQL's transactions do not
    /// (each would read the same highest number), so there the transaction first takes an advisory lock held until it
    /// ends. The unique index on Number is the guarantee, and a violation (another writer that did not wait) retries
    /// with a fresh context and number.</summary>
    public static async Task<T> InsertAsync<T>(
        IDbContextFactory<ChatDeskDbContext> contexts, Func<ChatDeskDbContext, int, Task<T>> stage,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({NumberLock})", cancellationToken);
                var highest = await db.Tickets.MaxAsync(t => (int?)t.Number, cancellationToken);
                var result = await stage(db, Math.Max(highest ?? 0, First - 1) + 1);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && DatabaseErrors.IsUniqueViolation(ex))
            {
            }
        }
    }
}
