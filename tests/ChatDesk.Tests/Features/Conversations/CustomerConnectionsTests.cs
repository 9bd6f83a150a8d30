using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class CustomerConnectionsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService conversations;
    private readonly CustomerConnections connections;
    private readonly ChatSession chat;

    public CustomerConnectionsTests()
    {
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        connections = new CustomerConnections(database, conversations, time);
        var channelId = database.AddChannel().Id;
        chat = conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    private async Task<ChatSession> StoredAsync() => (await conversations.FindAsync(chat.Id, CancellationToken.None))!;

    [Fact]
    public async Task TheChatIsDroppedOnlyWhenTheLastWindowOfThisNodeLosesItsConnection()
    {
        await connections.UpAsync(chat.Id, CancellationToken.None);
        await connections.UpAsync(chat.Id, CancellationToken.None);

        await connections.DownAsync(chat.Id, CancellationToken.None);
        Assert.Equal(CustomerConnection.Connected, (await StoredAsync()).CustomerConnection);

        time.Advance(TimeSpan.FromSeconds(3));
        await connections.DownAsync(chat.Id, CancellationToken.None);
        var stored = await StoredAsync();
        Assert.Equal(CustomerConnection.Dropped, stored.CustomerConnection);
        Assert.Equal(time.GetUtcNow(), stored.CustomerGoneAt);
    }

    [Fact]
    public async Task AWindowConnectingAfterTheCustomerLeftMarksThemBackAndMovesTheVersion()
    {
        await connections.UpAsync(chat.Id, CancellationToken.None);
        Assert.True(await connections.LeftAsync(chat.IssuedToken!, CancellationToken.None));
        await connections.DownAsync(chat.Id, CancellationToken.None);
        var left = await StoredAsync();
        Assert.Equal(CustomerConnection.Left, left.CustomerConnection);

        time.Advance(TimeSpan.FromSeconds(2));
        await connections.UpAsync(chat.Id, CancellationToken.None);

        var back = await StoredAsync();
        Assert.Equal(CustomerConnection.Connected, back.CustomerConnection);
        Assert.Equal(time.GetUtcNow(), back.CustomerSeenAt);
        Assert.Null(back.CustomerGoneAt);
        Assert.True(back.Version > left.Version);
    }

    [Fact]
    public async Task RenewingMovesTheLeaseOfConnectedChatsButNotOfAClosedWindow()
    {
        await connections.UpAsync(chat.Id, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await connections.RenewAsync(CancellationToken.None);
        Assert.Equal(time.GetUtcNow(), (await StoredAsync()).CustomerSeenAt);

        await connections.LeftAsync(chat.IssuedToken!, CancellationToken.None);
        var leftAt = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(5));
        await connections.RenewAsync(CancellationToken.None);

        Assert.Equal(leftAt, (await StoredAsync()).CustomerSeenAt);
    }

    [Fact]
    public async Task AnUnknownTokenChangesNothing()
    {
        Assert.False(await connections.LeftAsync("not-a-token", CancellationToken.None));
        Assert.False(await connections.LeftAsync("", CancellationToken.None));
        Assert.Equal(CustomerConnection.Connected, (await StoredAsync()).CustomerConnection);
    }

    public void Dispose() => database.Dispose();
}
