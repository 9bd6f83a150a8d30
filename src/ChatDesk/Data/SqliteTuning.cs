using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatDesk.Data;

/// <summary>How SQLite commits. <c>Normal</c> (with WAL): a commit is not synced to disk; the WAL is synced at each
/// checkpoint. A crashed or killed process loses nothing committed; a power cut or an OS crash may lose the last
/// commits before the checkpoint. <c>Full</c>: every commit waits for the disk (about 5 ms on this machine), which
/// under load makes every send queue behind the previous one's sync.</summary>
public enum SqliteSynchronous { Normal, Full }

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>How long a statement waits for another connection's write lock inside SQLite (fine-grained sleeps)
    /// before Microsoft.Data.Sqlite's own retry, which sleeps 150 ms at a time on a blocked thread, takes over.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;
}

/// <summary>Hears the statements ChatDesk runs on a connection of its own, outside EF (SQLite's send,
/// <see cref="Features.Conversations.SqliteSendStatements"/>): an EF interceptor that also implements this sees
/// every statement the app sends, so a count of round trips stays whole.</summary>
public interface IStatementListener
{
    void Executing(string sql);
}

/// <summary>Sets the per-connection pragmas (<see cref="DatabaseOptions"/>) once on each native connection: pooled
/// connections keep them, so a reopened connection costs nothing. Run straight on the connection, below EF, so the
/// round-trip counts of the hot-path tests see only the app's own statements.</summary>
internal sealed class SqliteTuning(DatabaseOptions options) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> tuned = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private void Tune(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || tuned.TryGetValue(handle, out _)) return;
        Apply(sqlite, options);
        tuned.AddOrUpdate(handle, handle);
    }

    /// <summary>The pragmas on one open connection (also the send's own connection, which EF does not open).</summary>
    internal static void Apply(SqliteConnection connection, DatabaseOptions options)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={options.Synchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout={Math.Max(0, options.BusyTimeoutMs)}; PRAGMA wal_autocheckpoint=0;";
        command.ExecuteNonQuery();
    }
}

internal static class SqliteTuningServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskSqliteTuning(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<SqliteTuning>();
        // Checkpoints in the background, as the connections above no longer run them on commit.
        services.AddHostedService<SqliteCheckpoints>();
        services.ConfigureDbContext<ChatDeskDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SqliteTuning>()), ServiceLifetime.Singleton);
        return services;
    }
}
