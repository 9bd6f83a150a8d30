using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: the lookups on the hot path and in the customer panel are served by indexes, as SQLite's
/// own query plan shows (two of them live only in the HotPathIndexes migrations, one per provider, so this also
/// guards them). PostgreSQL is told not to scan whole tables, so a tiny test table still shows whether an index fits.</summary>
public sealed class HotPathIndexTests : IDisposable
{
    private readonly TestDatabase database = new();

    private string Plan(string sql)
    {
        using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        if (TestProvider.IsPostgres) db.Database.ExecuteSqlRaw("SET enable_seqscan = off");
        using var command = connection.CreateCommand();
        command.CommandText = (TestProvider.IsPostgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(TestProvider.IsPostgres ? 0 : 3));
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData("SELECT COUNT(*) FROM \"Sessions\" WHERE \"AgentId\" = 'anna' AND \"Status\" = 'Active'", "IX_Sessions_AgentId_Status")]
    [InlineData("SELECT \"Id\" FROM \"Sessions\" WHERE lower(\"Customer_Email\") = 'kim@example.com'", "IX_Sessions_Customer_Email_Lower")]
    [InlineData("SELECT \"Id\" FROM \"Tickets\" AS t WHERE lower(t.\"Customer_Email\") IN ('kim@example.com')", "IX_Tickets_Customer_Email_Lower")]
    public void TheLookupUsesItsIndex(string sql, string index) => Assert.Contains(index, Plan(sql));

    public void Dispose() => database.Dispose();
}
