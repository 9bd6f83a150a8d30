using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Bots;

/// <summary>The bot's moves raced for real on a SQLite file in WAL mode (two connections, two threads released
/// together): exactly one wins, the loser gets false and the winner's state stands.</summary>
public sealed class BotRaceTests : IDisposable
{
    private const int Rounds = 20;
    private readonly TestDatabase database = new(concurrent: true);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService service;
    private readonly int channelId;

    public BotRaceTests()
    {
        service = new ConversationService(database, new RecordingChatEvents(), time);
        channelId = database.AddChannel().Id;
    }

    [Fact]
    public async Task ACustomerAskingForAPersonAndTheBotResolvingNeverBothWin()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await WithBotAsync();
            var (handedOff, resolved) = await RaceAsync(
                () => service.HandOffAsync(chat, ConversationService.CustomerAskedForPerson, CancellationToken.None),
                () => service.ResolveByBotAsync(chat, CancellationToken.None));

            var stored = await LoadAsync(chat);
            Assert.True(handedOff ^ resolved, $"round {round}: handed off {handedOff}, resolved {resolved}");
            Assert.Equal(handedOff ? SessionStatus.Queued : SessionStatus.Ended, stored.Status);
        }
    }

    [Fact]
    public async Task TwoHandOffsQueueTheChatOnceWithOneEventLine()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await WithBotAsync();
            var (first, second) = await RaceAsync(
                () => service.HandOffAsync(chat, ConversationService.HandedOverByBot, CancellationToken.None),
                () => service.HandOffAsync(chat, ConversationService.HandedOverByBot, CancellationToken.None));

            Assert.True(first ^ second, $"round {round}: {first}, {second}");
            var messages = await service.MessagesAfterAsync(chat, 0, CancellationToken.None);
            Assert.Single(messages, m => m.Text == ConversationService.HandedOverByBot);
        }
    }

    [Fact]
    public async Task TheBotCannotWriteIntoAChatItHandedOff()
    {
        var chat = await WithBotAsync();
        Assert.Equal(SendResult.Sent, await service.SendAsBotAsync(chat, "Helper", Guid.NewGuid(), "Hello!", CancellationToken.None));
        Assert.True(await service.HandOffAsync(chat, ConversationService.HandedOverByBot, CancellationToken.None));

        var late = await service.SendAsBotAsync(chat, "Helper", Guid.NewGuid(), "Still here", CancellationToken.None);

        Assert.Equal(SendResult.NotActive, late);
        Assert.DoesNotContain(await service.MessagesAfterAsync(chat, 0, CancellationToken.None), m => m.Text == "Still here");
    }

    private static async Task<(bool First, bool Second)> RaceAsync(Func<Task<bool>> first, Func<Task<bool>> second)
    {
        using var start = new Barrier(2);
        var a = Task.Run(() => { start.SignalAndWait(); return first(); });
        var b = Task.Run(() => { start.SignalAndWait(); return second(); });
        return (await a, await b);
    }

    private async Task<long> WithBotAsync()
    {
        time.Advance(TimeSpan.FromSeconds(1));
        var session = await service.StartAsync(channelId, new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, "Help",
            null, CancellationToken.None, botFirst: true);
        Assert.Equal(SessionStatus.Bot, session.Status);
        return session.Id;
    }

    private async Task<ChatSession> LoadAsync(long chat)
    {
        await using var db = database.CreateDbContext();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == chat);
    }

    public void Dispose() => database.Dispose();
}
