using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatDesk.Data;

/// <summary>What a failed write means, whichever database said it.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index (or primary key) refused the row: SQLite's SQLITE_CONSTRAINT_UNIQUE (2067) or
    /// _PRIMARYKEY (1555), PostgreSQL's unique_violation (23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException sqlite => sqlite is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 },
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
