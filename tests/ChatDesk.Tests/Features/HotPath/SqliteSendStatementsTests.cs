using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>On SQLite a send runs below EF on a connection of its own with prepared statements
/// (<see cref="SqliteSendStatements"/>): what it stores must read back exactly as EF stores and finds it, and a
/// send that fails must leave nothing behind and not break the next one.</summary>
public sealed class SqliteSendStatementsTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestDatabase database = new(concurrent: true);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 9, 30, 15, TimeSpan.Zero));
    private readonly ConversationService service;
    private readonly int channelId;

    public SqliteSendStatementsTests()
    {
        service = new ConversationService(database, new RecordingChatEvents(), time);
        channelId = database.AddChannel().Id;
    }

    private async Task<ChatSession> ActiveChatAsync()
    {
        var chat = await service.StartAsync(channelId, new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, "Help", null, None);
        Assert.True(await service.AcceptAsync(chat.Id, "anna", "Anna", "Welcome", None));
        return chat;
    }

    [SqliteFact]
    public async Task AMessageSentReadsBackAsEfStoresItAndIsFoundByItsClientId()
    {
        var chat = await ActiveChatAsync();
        var id = Guid.NewGuid();
        time.Advance(TimeSpan.FromMilliseconds(1234));

        Assert.Equal(SendResult.Sent, await service.SendAsAgentAsync(chat.Id, "anna", id, "Your parcel left today.", None));

        await using var db = database.CreateDbContext();
        // Found through EF's own parameter for the client id: the id is stored in the format EF writes and compares.
        var stored = await db.Messages.AsNoTracking().SingleAsync(m => m.SessionId == chat.Id && m.ClientMessageId == id);
        Assert.Equal((AuthorKind.Agent, "Anna", MessageKind.Text, "Your parcel left today.", time.GetUtcNow()),
            (stored.Author, stored.AuthorName, stored.Kind, stored.Text, stored.SentAt));
        Assert.False(stored.ReadByAgent || stored.ReadByCustomer);
        var before = await db.Messages.CountAsync(m => m.SessionId == chat.Id && m.Sequence < stored.Sequence);
        Assert.Equal(stored.Sequence - 1, before);
        Assert.True(await service.WasSentAsync(chat.Id, id, None));
        Assert.Equal(SendResult.Duplicate, await service.SendAsAgentAsync(chat.Id, "anna", id, "Your parcel left today.", None));
    }

    [SqliteFact]
    public async Task ASendThatFailsIsRolledBackAndTheNextSendStoresNormally()
    {
        var chat = await ActiveChatAsync();
        int Last() { using var db = database.CreateDbContext(); return db.Sessions.AsNoTracking().Single(s => s.Id == chat.Id).LastSequence; }
        var last = Last();
        // A row already holding the next sequence makes the send's INSERT fail after its UPDATE took the number.
        await using (var db = database.CreateDbContext())
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Messages" ("SessionId", "Sequence", "ClientMessageId", "Author", "AuthorName", "Text", "Kind", "SentAt", "ReadByAgent", "ReadByCustomer")
                VALUES ({chat.Id}, {last + 1}, {Guid.NewGuid()}, 'Customer', 'Kim', 'stray', 'Text', 0, FALSE, FALSE)
                """);
        var failed = Guid.NewGuid();

        await Assert.ThrowsAnyAsync<Exception>(() => service.SendAsync(chat.Id, AuthorKind.Customer, "Kim", failed, "lost?", None));

        Assert.Equal(last, Last());
        await using (var db = database.CreateDbContext())
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "Messages" WHERE "Text" = 'stray'""");
        var next = Guid.NewGuid();
        Assert.Equal(SendResult.Sent, await service.SendAsync(chat.Id, AuthorKind.Customer, "Kim", next, "Still there?", None));
        var messages = await service.MessagesAfterAsync(chat.Id, last, None);
        Assert.Equal([(last + 1, next)], messages.Select(m => (m.Sequence, m.ClientMessageId)));
        Assert.False(await service.WasSentAsync(chat.Id, failed, None));
    }

    public void Dispose() => database.Dispose();
}
