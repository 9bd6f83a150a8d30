namespace ChatDesk.Tests.Support;

/// <summary>A test of something only SQLite has (pragmas, the WAL file, SQLite-era migration steps): skipped, with
/// this reason, on the PostgreSQL run.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestProvider.IsPostgres) Skip = SqliteOnly.Reason;
    }
}

public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestProvider.IsPostgres) Skip = SqliteOnly.Reason;
    }
}

internal static class SqliteOnly
{
    public const string Reason = "SQLite-specific (pragmas / SQLite file): not applicable on the PostgreSQL run.";
}
