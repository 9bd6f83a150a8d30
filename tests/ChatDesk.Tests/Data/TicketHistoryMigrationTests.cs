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
        var agent = new StaffUser { Id = "agent", UserName = "agent", DisplayName = "Anna Svensson" };
        var channel = new ChatChannel { Name = "Support", Slug = "support" };
        db.AddRange(agent, channel);
        await db.SaveChangesAsync();
        var session = new ChatSession { PublicToken = "t", ChannelId = channel.Id, AgentId = agent.Id, AgentDisplayName = "Anna" };
        db.Add(session);
        await db.SaveChangesAsync();
        var created = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        db.Tickets.AddRange(
            new Ticket { Number = 1001, ChannelId = channel.Id, Customer = new CustomerDetails { Name = "Märta" }, Question = "?", CreatedAt = created },
            new Ticket { Number = 1002, ChannelId = channel.Id, Customer = new CustomerDetails { Name = "Kim" }, Question = "?", CreatedAt = created, SourceSessionId = session.Id });
        await db.SaveChangesAsync();

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
