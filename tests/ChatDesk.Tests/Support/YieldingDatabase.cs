using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Support;

/// <summary>A database whose first context asked for on the bUnit renderer comes only after a yield, as PostgreSQL's
/// answers come over a socket. A component whose first read waits here renders first, and bUnit calls its OnAfterRenderAsync(firstRender: true)
/// before the read is back, as Blazor does on a busy PostgreSQL node once the browser has the first render (issue
/// 14's pages stuck at "Loading the chat…"). SQLite in memory, and the bUnit tests' PostgreSQL
/// (<see cref="RendererSynchronousDatabase"/>), answer before the first render and hide that order. Only the first,
/// and only on the renderer (a test's own set-up reads are not the component's): the in-memory database is one
/// connection, and reads interleaved at every await would lock each other out.</summary>
public sealed class YieldingDatabase(IDbContextFactory<ChatDeskDbContext> inner) : IDbContextFactory<ChatDeskDbContext>
{
    private int calls;

    public ChatDeskDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ChatDeskDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (SynchronizationContext.Current?.GetType().Name == "RendererSynchronizationContext" && Interlocked.Increment(ref calls) == 1)
            await Task.Yield();
        return inner.CreateDbContext();
    }
}
