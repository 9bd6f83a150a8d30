using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChatDesk.Data;

/// <summary>The same model on PostgreSQL. A type of its own only so that EF keeps a second migration set
/// (Data/Migrations/Postgres, generated for PostgreSQL's types) beside the SQLite one: EF picks migrations by the
/// context type they name. The app always asks for <see cref="ChatDeskDbContext"/>; <see cref="ChatDeskDbContext.Create"/>
/// hands out this one when the options are PostgreSQL's.</summary>
public sealed class PostgresChatDeskDbContext(DbContextOptions<ChatDeskDbContext> options) : ChatDeskDbContext(options);

/// <summary>For <c>dotnet ef migrations add X --context PostgresChatDeskDbContext</c>: generating a migration needs
/// the provider, not a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChatDeskDbContext>
{
    public PostgresChatDeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ChatDeskDbContext>().UseNpgsql("Host=localhost;Database=chatdesk").Options);
}

/// <summary>The app's one factory: a context of the type whose migrations match the configured provider. On SQLite
/// contexts come from EF's pool (every API request and every send makes one or two, and building a context's
/// services showed in the send's profile); reset when returned, so nothing carries over. PostgreSQL's context is a
/// type of its own, which EF's pool cannot make, so it is built each time.</summary>
internal sealed class ChatDeskContextFactory(DbContextOptions<ChatDeskDbContext> options) : IDbContextFactory<ChatDeskDbContext>, IDisposable
{
    private readonly DatabaseProvider provider = DatabaseProviders.Of(options);
    private readonly PooledDbContextFactory<ChatDeskDbContext>? pool =
        DatabaseProviders.Of(options) == DatabaseProvider.Sqlite ? new(options) : null;

    public ChatDeskDbContext CreateDbContext() => pool?.CreateDbContext() ?? ChatDeskDbContext.Create(options, provider);

    public void Dispose() => (pool as IDisposable)?.Dispose();
}
