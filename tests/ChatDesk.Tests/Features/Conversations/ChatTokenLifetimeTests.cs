using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Conversations;

/// <summary>Issue 10: a chat's token is stored only as a hash, and once the chat ended it opens the chat read-only
/// for Chat:EndedAccessMinutes, with "Return to chat" only within Chat:ReturnMinutes.</summary>
public sealed class ChatTokenLifetimeTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService service;
    private readonly CustomerConnections connections;
    private readonly int channelId;

    public ChatTokenLifetimeTests()
    {
        var options = Options.Create(new ChatOptions { EndedAccessMinutes = 30, ReturnMinutes = 5 });
        service = new ConversationService(database, new RecordingChatEvents(), time, options);
        connections = new CustomerConnections(database, service, time);
        channelId = database.AddChannel().Id;
    }

    private async Task<ChatSession> EndedChatAsync()
    {
        var chat = await service.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Where is my order?", null, default);
        await service.AcceptAsync(chat.Id, "anna-id", "Anna", "", default);
        await service.EndAsync(chat.Id, EndReason.Agent, default);
        return chat;
    }

    [Fact]
    public async Task NoColumnOfAnyTableHoldsARawToken()
    {
        var chats = new List<ChatSession>();
        for (var i = 0; i < 3; i++) chats.Add(await EndedChatAsync());

        foreach (var chat in chats)
        {
            Assert.Matches("^[A-Za-z0-9_-]{43}$", chat.IssuedToken);
            Assert.Empty(DatabaseScan.CellsContaining(database, chat.IssuedToken!));
            // What is stored is the hash; it opens nothing itself.
            Assert.Single(DatabaseScan.CellsContaining(database, ChatToken.Hash(chat.IssuedToken!)));
            Assert.Null(await service.FindByTokenAsync(ChatToken.Hash(chat.IssuedToken!), default));
            Assert.Equal(chat.Id, (await service.FindByTokenAsync(chat.IssuedToken, default))?.Id);
        }
    }

    [Fact]
    public async Task AnEndedChatOpensReadOnlyWithinChatEndedAccessMinutesAndIsUnknownAfter()
    {
        var chat = await EndedChatAsync();

        time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        var found = await service.FindByTokenAsync(chat.IssuedToken, default);
        Assert.Equal(SessionStatus.Ended, found?.Status);
        Assert.Equal(SendResult.NotActive,
            await service.SendAsync(chat.Id, AuthorKind.Customer, "Kim", Guid.NewGuid(), "Hello?", default));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await service.FindByTokenAsync(chat.IssuedToken, default));
    }

    [Fact]
    public async Task ReturnToChatIsAcceptedWithinChatReturnMinutesAndRefusedAsTooLateAfter()
    {
        var early = await EndedChatAsync();
        var late = await EndedChatAsync();
        time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var offeredEarly = service.CanReturn((await service.FindAsync(early.Id, default))!);
        Assert.Equal(ReturnOutcome.Returned, await service.ReturnAsync(early.Id, agentOnline: true, default));

        time.Advance(TimeSpan.FromSeconds(1));
        var stored = (await service.FindAsync(late.Id, default))!;
        Assert.True(offeredEarly);
        Assert.False(service.CanReturn(stored));
        Assert.Equal(ReturnOutcome.TooLate, await service.ReturnAsync(late.Id, agentOnline: true, default));
        Assert.Equal(SessionStatus.Ended, (await service.FindAsync(late.Id, default))!.Status);
        Assert.Equal(SessionStatus.Active, (await service.FindAsync(early.Id, default))!.Status);
    }

    [Fact]
    public async Task AnExpiredTokensBeaconAndRatingDoNothing()
    {
        var chat = await EndedChatAsync();
        time.Advance(TimeSpan.FromMinutes(30));

        Assert.False(await connections.LeftAsync(chat.IssuedToken!, default));
        Assert.False(await service.RateAsync(chat.Id, 5, "Late praise", default));

        var stored = (await service.FindAsync(chat.Id, default))!;
        Assert.Equal(CustomerConnection.Connected, stored.CustomerConnection);
        Assert.Null(stored.Rating);
    }

    [Fact]
    public async Task APostedRequestsTokenRunsOutLikeAnEndedChats()
    {
        var chat = await service.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Call me", null, default);
        await service.GoOfflineAsync(chat.Id, default);
        time.Advance(TimeSpan.FromHours(2)); // a live step has no deadline: the request form waits
        Assert.NotNull(await service.FindByTokenAsync(chat.IssuedToken, default));
        await service.TicketPostedAsync(chat.Id, 1, default);

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(SessionStatus.TicketPosted, (await service.FindByTokenAsync(chat.IssuedToken, default))?.Status);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await service.FindByTokenAsync(chat.IssuedToken, default));
    }

    [Fact]
    public void TheDeadlinesOfAnEndedChatComeInOrder()
    {
        var ended = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var chat = new ChatSession(SessionStatus.Ended) { EndedAt = ended };
        var deadlines = chat.DeadlinesFor(new ChatOptions { EndedAccessMinutes = 30, ReturnMinutes = 5 });

        Assert.Equal(new TokenDeadlines(ended.AddMinutes(5), ended.AddMinutes(30)), deadlines);
        Assert.Equal(ended.AddMinutes(5), deadlines.NextAfter(ended));
        Assert.Equal(ended.AddMinutes(30), deadlines.NextAfter(ended.AddMinutes(5)));
        Assert.Null(deadlines.NextAfter(ended.AddMinutes(30)));
        Assert.Equal(new TokenDeadlines(null, null), new ChatSession(SessionStatus.Active).DeadlinesFor(new ChatOptions()));
    }

    public void Dispose() => database.Dispose();
}
