using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatDesk.Tests.Data;

public sealed class TicketHistoryMigrationTests : IDisposable
{
    private const string BeforeTicketHistory = "20261124073029_SessionFaqShown";
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DbContextOptions<ChatDeskDbContext> options;

    public TicketHistoryMigrationTests()
    {
        connection.Open();
        options = new DbContextOptionsBuilder<ChatDeskDbContext>().UseSqlite(connection).Options;
    }

    [Fact]
    public async Task TicketsMadeBeforeTheMigrationGetTheirCreatedLine()
    {
        await using var db = new ChatDeskDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeTicketHistory);
        // Raw SQL for tables whose model moved on since: the rows as the schema was then.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO AspNetUsers (Id, UserName, DisplayName, Capacity, Language, Presence, Disabled, EmailConfirmed, " +
            "PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) " +
            "VALUES ('agent', 'agent', 'Anna Svensson', 3, 'en', 'Present', 0, 1, 0, 0, 0, 0)");
        var agent = new { Id = "agent" };
        // Today's model writes the channel and tickets below: the columns it has that the schema then had not exist
        // only while they are written, so the later migrations add them as they would.
        await LaterChannelColumns.AddAsync(db);
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE Tickets ADD COLUMN AnonymizedAt INTEGER NULL");
        var channel = new ChatChannel { Name = "Support", Slug = "support" };
        db.Add(channel);
        await db.SaveChangesAsync();
        // Raw SQL: the session table as it was then, not as today's model maps it.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Sessions (PublicToken, ChannelId, Status, CreatedAt, LastSequence, Customer_Consent, Customer_Email, Customer_Name, AgentId, AgentDisplayName) " +
            "VALUES ('t', {0}, 'Ended', 0, 0, 0, '', '', {1}, 'Anna')", channel.Id, agent.Id);
        var sessionId = await db.Database.SqlQueryRaw<long>("SELECT Id AS Value FROM Sessions WHERE PublicToken = 't'").SingleAsync();
        var created = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        db.Tickets.AddRange(
            new Ticket { Number = 1001, ChannelId = channel.Id, Customer = new CustomerDetails { Name = "Märta" }, Question = "?", CreatedAt = created },
            new Ticket { Number = 1002, ChannelId = channel.Id, Customer = new CustomerDetails { Name = "Kim" }, Question = "?", CreatedAt = created, SourceSessionId = sessionId });
        await db.SaveChangesAsync();
        await LaterChannelColumns.DropAsync(db);
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE Tickets DROP COLUMN AnonymizedAt");

        await migrator.MigrateAsync();

        var events = await db.TicketEvents.AsNoTracking().OrderBy(e => e.TicketId).ToListAsync();
        Assert.Equal(
            [
                (TicketEventKind.Created, null, "Märta", "From the request form", created),
                (TicketEventKind.Created, "agent", "Anna Svensson", "From a chat", created),
            ],
            events.Select(e => (e.Kind, e.ByUserId, e.ByName, e.Text, e.At)));
    }

    public void Dispose() => connection.Dispose();
}
