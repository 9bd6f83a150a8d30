using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Data;

/// <summary>Which database ChatDesk runs on (<c>ChatDesk:Database</c>): SQLite, the embedded single-node default,
/// or PostgreSQL, which several nodes can share.</summary>
public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseProviders
{
    public const string Key = "ChatDesk:Database";

    public static DatabaseProvider From(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        if (Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)) return provider;
        if (value.Trim().Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)) return DatabaseProvider.Postgres;
        throw new InvalidOperationException($"{Key} is \"{value}\": it must be Sqlite or Postgres.");
    }

    /// <summary>Which provider built these options: the context type (and so the migration set) follows it.</summary>
    public static DatabaseProvider Of(DbContextOptions options) =>
        options.Extensions.Any(e => e.GetType().Name == "NpgsqlOptionsExtension")
            ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connection) =>
        provider == DatabaseProvider.Postgres ? builder.UseNpgsql(connection) : builder.UseSqlite(connection);

    public static DbContextOptionsBuilder<T> Use<T>(this DbContextOptionsBuilder<T> builder, DatabaseProvider provider, string connection)
        where T : DbContext => (DbContextOptionsBuilder<T>)((DbContextOptionsBuilder)builder).Use(provider, connection);
}
