using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
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

    public ChatTimeoutsTests()
    {
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        connections = new CustomerConnections(time);
        timeouts = new ChatTimeouts(connections, conversations, database, time, NullLogger<ChatTimeouts>.Instance);
        channelId = database.AddChannel(configure: c => c.IdleMinutes = 30).Id;
    }

    private async Task<long> ActiveChatAsync()
    {
        var chat = await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None);
        await conversations.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);
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

    [Fact]
    public async Task AClosedCustomerWindowEndsTheChatAsCustomerLeftAfterTheGracePeriod()
    {
        var chat = await ActiveChatAsync();
        connections.Up(chat);
        connections.Down(chat);

        await timeouts.EndAbandonedAsync(CancellationToken.None);
        Assert.Equal(SessionStatus.Active, (await conversations.FindAsync(chat, CancellationToken.None))!.Status);

        time.Advance(CustomerConnections.Grace);
        await timeouts.EndAbandonedAsync(CancellationToken.None);
        Assert.Equal(EndReason.CustomerLeft, (await conversations.FindAsync(chat, CancellationToken.None))!.EndReason);
    }

    [Fact]
    public async Task AQueuedCustomerWhoClosesTheWindowAbandonsTheQueue()
    {
        var chat = await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None);
        connections.Up(chat.Id);
        connections.Down(chat.Id);
        time.Advance(CustomerConnections.Grace);

        await timeouts.EndAbandonedAsync(CancellationToken.None);

        Assert.Equal(SessionStatus.Abandoned, (await conversations.FindAsync(chat.Id, CancellationToken.None))!.Status);
    }

    public void Dispose() => database.Dispose();
}
