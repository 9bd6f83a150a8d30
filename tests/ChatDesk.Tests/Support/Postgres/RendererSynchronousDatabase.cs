using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatDesk.Tests.Support;

/// <summary>bUnit tests read a component right after rendering it, as a user sees it once it has loaded. On SQLite in
/// memory a component's queries complete before its first await yields, so the render already shows the loaded
/// state; PostgreSQL answers over a socket, and the test would read the "loading" render. On a PostgreSQL run these
/// interceptors therefore do the database work of a call made on the bUnit renderer (its synchronization context)
/// synchronously: the same SQL on the same server, completed before the render returns, as on SQLite. Work off the
/// renderer (services, concurrent writers, the app under WebApplicationFactory) stays truly asynchronous.</summary>
internal static class RendererSynchronousDatabase
{
    public static IInterceptor[] Interceptors { get; } = [new Connections(), new Commands(), new Transactions()];

    private static bool OnRenderer => SynchronizationContext.Current?.GetType().Name == "RendererSynchronizationContext";

    private static ValueTask<T> Sync<T>(Func<T> work, T passOn) => new(OnRenderer ? work() : passOn);

    private sealed class Connections : DbConnectionInterceptor
    {
        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection,
            ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Sync(() => { connection.Open(); return InterceptionResult.Suppress(); }, result);

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection,
            ConnectionEventData eventData, InterceptionResult result) =>
            Sync(() => { connection.Close(); return InterceptionResult.Suppress(); }, result);

        public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection,
            ConnectionEventData eventData, InterceptionResult result) =>
            Sync(() => { connection.Dispose(); return InterceptionResult.Suppress(); }, result);
    }

    private sealed class Commands : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Sync(() => InterceptionResult<DbDataReader>.SuppressWithResult(Reader(command, eventData)), result);

        // SaveChanges' batches are consumed by the provider's own reader type (Npgsql's casts it): executed
        // synchronously, their results arrive in one response that the reads then find buffered.
        private static DbDataReader Reader(DbCommand command, CommandEventData eventData) =>
            eventData.CommandSource == CommandSource.SaveChanges ? command.ExecuteReader() : new SynchronousReader(command.ExecuteReader());

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Sync(() => InterceptionResult<int>.SuppressWithResult(command.ExecuteNonQuery()), result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            Sync(() => InterceptionResult<object>.SuppressWithResult(command.ExecuteScalar()!), result);
    }

    private sealed class Transactions : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
            Sync(() => InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(eventData.IsolationLevel)), result);

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction,
            TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Sync(() => { transaction.Commit(); return InterceptionResult.Suppress(); }, result);

        public override ValueTask<InterceptionResult> TransactionRollingBackAsync(DbTransaction transaction,
            TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Sync(() => { transaction.Rollback(); return InterceptionResult.Suppress(); }, result);
    }
}
