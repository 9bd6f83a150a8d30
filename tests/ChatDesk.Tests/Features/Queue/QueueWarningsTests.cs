using ChatDesk.Features.Conversations;
using ChatDesk.Features.Queue;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Queue;

public sealed class QueueWarningsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingChatEvents events = new();
    private readonly ConversationService conversations;
    private readonly int channelId;

    public QueueWarningsTests()
    {
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        channelId = database.AddChannel(configure: c => (c.WarningMinutes, c.ManagerWarningMinutes) = (2, 5)).Id;
    }

    // Each instance is a node (or the same node after a restart): nothing is shared but the database.
    private QueueWarnings Node() => new(database, events, time, NullLogger<QueueWarnings>.Instance);

    private List<QueueWarning> Warnings => [.. events.Published.OfType<QueueWarning>()];

    [Fact]
    public async Task EachWarningIsRaisedOnceAcrossTwoNodes()
    {
        var chat = await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None);
        var (first, second) = (Node(), Node());

        time.Advance(TimeSpan.FromMinutes(1));
        await first.CheckAsync(CancellationToken.None);
        Assert.Empty(Warnings);

        time.Advance(TimeSpan.FromMinutes(1));
        await first.CheckAsync(CancellationToken.None);
        await second.CheckAsync(CancellationToken.None);
        Assert.Equal([(chat.Id, false)], Warnings.Select(w => (w.SessionId, w.ForManagers)));

        time.Advance(TimeSpan.FromMinutes(3));
        await second.CheckAsync(CancellationToken.None);
        await first.CheckAsync(CancellationToken.None);
        await Node().CheckAsync(CancellationToken.None);
        Assert.Equal([(chat.Id, false), (chat.Id, true)], Warnings.Select(w => (w.SessionId, w.ForManagers)));
        Assert.NotNull((await conversations.FindAsync(chat.Id, CancellationToken.None))!.ManagerWarnedAt);
    }

    public void Dispose() => database.Dispose();
}
