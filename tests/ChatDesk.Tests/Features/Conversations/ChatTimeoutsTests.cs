using ChatDesk.Features.Conversations;
using ChatDesk.Hosting.Jobs;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class ChatTimeoutsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService conversations;
    private readonly CustomerConnections connections;
    private readonly ChatTimeouts timeouts;
    private readonly int channelId;
    // The browser's side of each chat: the raw token is only in what StartAsync returned.
    private readonly Dictionary<long, string> tokens = [];

    public ChatTimeoutsTests()
    {
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        connections = new CustomerConnections(database, conversations, time);
        timeouts = new ChatTimeouts(conversations, database, Options.Create(new ChatOptions()), time, Leases(), NullLogger<ChatTimeouts>.Instance);
        channelId = database.AddChannel(configure: c => c.IdleMinutes = 30).Id;
    }

    private async Task<long> ActiveChatAsync()
    {
        var chat = await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None);
        await conversations.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);
        tokens[chat.Id] = chat.IssuedToken!;
        return chat.Id;
    }

    [Fact]
    public async Task AnActiveChatEndsAsIdleAfterTheChannelsIdleTime()
    {
        var chat = await ActiveChatAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        await conversations.SendAsync(chat, AuthorKind.Customer, "Kim", Guid.NewGuid(), "Still here", CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(29));
        await timeouts.EndIdleAsync(CancellationToken.None);
        Assert.Equal(SessionStatus.Active, (await conversations.FindAsync(chat, CancellationToken.None))!.Status);

        time.Advance(TimeSpan.FromMinutes(1));
        await timeouts.EndIdleAsync(CancellationToken.None);
        var ended = await conversations.FindAsync(chat, CancellationToken.None);
        Assert.Equal(SessionStatus.Ended, ended!.Status);
        Assert.Equal(EndReason.Idle, ended.EndReason);
    }

    private async Task<ChatSession> StoredAsync(long id) => (await conversations.FindAsync(id, CancellationToken.None))!;

    [Fact]
    public async Task ADroppedConnectionKeepsTheChatGoingWithinTheGraceAndEndsItAsConnectionLostAfter()
    {
        var chat = await ActiveChatAsync();
        await connections.UpAsync(chat, CancellationToken.None);
        await connections.DownAsync(chat, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(300));
        await timeouts.EndAbandonedAsync(CancellationToken.None);
        Assert.Equal(SessionStatus.Active, (await StoredAsync(chat)).Status);

        time.Advance(TimeSpan.FromSeconds(1));
        await timeouts.EndAbandonedAsync(CancellationToken.None);
        Assert.Equal(EndReason.ConnectionLost, (await StoredAsync(chat)).EndReason);
    }

    [Fact]
    public async Task AConnectedWindowKeepsItsChatGoingByRenewingTheLease()
    {
        var chat = await ActiveChatAsync();
        await connections.UpAsync(chat, CancellationToken.None);
        for (var minute = 0; minute < 20; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await connections.RenewAsync(CancellationToken.None);
        }

        await timeouts.EndAbandonedAsync(CancellationToken.None);

        Assert.Equal(SessionStatus.Active, (await StoredAsync(chat)).Status);
    }

    [Fact]
    public async Task AClosedCustomerWindowEndsTheChatAsCustomerLeftAfterTheLeftGrace()
    {
        var chat = await ActiveChatAsync();
        await connections.UpAsync(chat, CancellationToken.None);
        await connections.LeftAsync(tokens[chat], CancellationToken.None);
        await connections.DownAsync(chat, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(19));
        await timeouts.EndAbandonedAsync(CancellationToken.None);
        Assert.Equal(SessionStatus.Active, (await StoredAsync(chat)).Status);

        time.Advance(TimeSpan.FromSeconds(1));
        await timeouts.EndAbandonedAsync(CancellationToken.None);
        Assert.Equal(EndReason.CustomerLeft, (await StoredAsync(chat)).EndReason);
    }

    [Fact]
    public async Task AReloadDoesNotEndTheChat()
    {
        var chat = await ActiveChatAsync();
        await connections.UpAsync(chat, CancellationToken.None);
        await connections.LeftAsync(tokens[chat], CancellationToken.None);
        await connections.DownAsync(chat, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        await connections.UpAsync(chat, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(1));
        await connections.RenewAsync(CancellationToken.None);
        await timeouts.EndAbandonedAsync(CancellationToken.None);

        var stored = await StoredAsync(chat);
        Assert.Equal(SessionStatus.Active, stored.Status);
        Assert.Equal(CustomerConnection.Connected, stored.CustomerConnection);
    }

    [Fact]
    public async Task AnEndReadBeforeTheCustomerCameBackDoesNotCommit()
    {
        var chat = await ActiveChatAsync();
        await connections.LeftAsync(tokens[chat], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));
        await connections.UpAsync(chat, CancellationToken.None);

        Assert.False(await conversations.EndIfGoneAsync(chat, TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(SessionStatus.Active, (await StoredAsync(chat)).Status);
    }

    [Fact]
    public async Task AQueuedCustomerWhoClosesTheWindowAbandonsTheQueue()
    {
        var chat = await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None);
        await connections.UpAsync(chat.Id, CancellationToken.None);
        await connections.LeftAsync(chat.IssuedToken!, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(20));

        await timeouts.EndAbandonedAsync(CancellationToken.None);

        Assert.Equal(SessionStatus.Abandoned, (await StoredAsync(chat.Id)).Status);
    }

    [Fact]
    public async Task AClosedWindowStillEndsTheChatAfterARestart()
    {
        var chat = await ActiveChatAsync();
        await connections.UpAsync(chat, CancellationToken.None);
        await connections.LeftAsync(tokens[chat], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(20));

        await Restarted().EndAbandonedAsync(CancellationToken.None);

        Assert.Equal(EndReason.CustomerLeft, (await StoredAsync(chat)).EndReason);
    }

    [Fact]
    public async Task AChatWhoseNodeWasKilledEndsAsConnectionLostOnceItsLeaseRunsOut()
    {
        var chat = await ActiveChatAsync();
        await connections.UpAsync(chat, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(301));

        await Restarted().EndAbandonedAsync(CancellationToken.None);

        Assert.Equal(EndReason.ConnectionLost, (await StoredAsync(chat)).EndReason);
    }

    // A new process over the same database: nothing carried over in memory.
    private ChatTimeouts Restarted() => new(new ConversationService(database, new RecordingChatEvents(), time), database,
        Options.Create(new ChatOptions()), time, Leases(), NullLogger<ChatTimeouts>.Instance);

    private JobLeases Leases() => new(database, time, NullLogger<JobLeases>.Instance);

    public void Dispose() => database.Dispose();
}
