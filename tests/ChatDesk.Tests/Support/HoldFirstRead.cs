using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatDesk.Tests.Support;

/// <summary>Holds the first read whose SQL contains <paramref name="marker"/> after the database answered it, until
/// released: the reader then carries the rows as they were, while the test changes them (with
/// <see cref="TestDatabase.With"/>; a concurrent TestDatabase on SQLite, so the change takes another connection).</summary>
public sealed class HoldFirstRead(string marker) : DbCommandInterceptor
{
    private int reads;

    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command,
        CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains(marker) && Interlocked.Increment(ref reads) == 1)
        {
            Held.SetResult();
            await Release.Task;
        }
        return result;
    }
}
