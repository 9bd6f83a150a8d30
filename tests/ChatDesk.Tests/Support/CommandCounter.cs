using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatDesk.Tests.Support;

/// <summary>Counts the database commands EF sends (each one a round trip to the database), per window: a window
/// sees the commands run in its own async flow (the code under test and what it awaits), so background work in
/// the app (timers, other pages) does not blur the count. Transactions' BEGIN/COMMIT are not commands here.</summary>
public sealed class CommandCounter : DbCommandInterceptor, ChatDesk.Data.IStatementListener
{
    private readonly AsyncLocal<Window?> current = new();
    private volatile Window? everywhere;

    /// <summary>Counts from now until disposed, in this async flow and the flows it starts.</summary>
    public Window Begin() => current.Value = new Window(this);

    /// <summary>Counts every command from any flow until disposed: for a view that reacts on its own dispatcher
    /// (a rendered component), in a test where nothing else touches the database meanwhile.</summary>
    public Window BeginEverywhere() => everywhere = new Window(this);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>A statement the app ran below EF (SQLite's send on its own connection).</summary>
    public void Executing(string sql) => Record(sql);

    private void Record(DbCommand command) => Record(command.CommandText);

    private void Record(string sql)
    {
        current.Value?.Add(sql);
        if (everywhere is { } all && all != current.Value) all.Add(sql);
    }

    public sealed class Window(CommandCounter owner) : IDisposable
    {
        private readonly List<string> commands = [];

        /// <summary>The SQL of every command counted, in order (shown when a count is off).</summary>
        public IReadOnlyList<string> Commands { get { lock (commands) return [.. commands]; } }

        public int Count { get { lock (commands) return commands.Count; } }

        internal void Add(string sql)
        {
            lock (commands) commands.Add(sql);
        }

        /// <summary>Fails with the commands listed when more than <paramref name="most"/> ran.</summary>
        public void AtMost(int most)
        {
            var seen = Commands;
            Assert.True(seen.Count <= most, $"{seen.Count} database commands, at most {most} expected:\n\n" + string.Join("\n\n", seen));
        }

        public void Dispose()
        {
            if (owner.current.Value == this) owner.current.Value = null;
            if (owner.everywhere == this) owner.everywhere = null;
        }
    }
}
