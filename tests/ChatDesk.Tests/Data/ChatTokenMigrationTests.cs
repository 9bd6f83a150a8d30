using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Data;

/// <summary>An upgrade keeps the chats of the day resumable while the raw tokens leave the database.</summary>
public sealed class ChatTokenMigrationTests : IDisposable, IDbContextFactory<ChatDeskDbContext>
{
    private const string BeforeTokenHashes = "20261130205651_DurableChatState";
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DbContextOptions<ChatDeskDbContext> options;

    public ChatTokenMigrationTests()
    {
        connection.Open();
        options = new DbContextOptionsBuilder<ChatDeskDbContext>().UseSqlite(connection).Options;
    }

    public ChatDeskDbContext CreateDbContext() => new(options);

    [Fact]
    public async Task AGoingChatsOldTokenStillOpensItAndOnlyItsHashIsLeft()
    {
        await using var db = CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeTokenHashes);
        // Today's model saves the channel: lend the old schema the channel column added after it, for this one insert.
        await LaterChannelColumns.AddAsync(db);
        var channel = new ChatChannel { Name = "Support", Slug = "support" };
        db.Add(channel);
        await db.SaveChangesAsync();
        await LaterChannelColumns.DropAsync(db);
        // Raw SQL: the session table as it was then, not as today's model maps it.
        foreach (var (token, status) in new[] { ("old-active-token", "Active"), ("old-abandoned-token", "Abandoned") })
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Sessions (PublicToken, ChannelId, Status, CreatedAt, LastSequence, Customer_Consent, Customer_Email, " +
                "Customer_Name, CustomerConnection, Version) VALUES ({0}, {1}, {2}, 0, 0, 0, '', 'Kim', 'Connected', 0)",
                token, channel.Id, status);

        await migrator.MigrateAsync();
        await new LegacyTokenHashing(this, NullLogger<LegacyTokenHashing>.Instance).StartAsync(default);

        var service = new ConversationService(this, new RecordingChatEvents(), new FakeTimeProvider());
        Assert.Equal(SessionStatus.Active, (await service.FindByTokenAsync("old-active-token", default))?.Status);
        Assert.Null(await service.FindByTokenAsync("old-abandoned-token", default));
        var stored = await db.Sessions.AsNoTracking().OrderBy(s => s.Id).Select(s => s.TokenHash).ToListAsync();
        Assert.Equal([ChatToken.Hash("old-active-token"), null], stored);
    }

    public void Dispose() => connection.Dispose();
}
