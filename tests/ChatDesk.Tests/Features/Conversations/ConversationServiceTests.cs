using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class ConversationServiceTests : IDisposable
{
    private readonly TestDatabase database = new(concurrent: true);
    private readonly RecordingChatEvents events = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService service;
    private readonly int channelId;

    public ConversationServiceTests()
    {
        service = new ConversationService(database, events, time);
        channelId = database.AddChannel().Id;
    }

    private Task<ChatSession> StartAsync(string name)
    {
        time.Advance(TimeSpan.FromSeconds(1));
        return service.StartAsync(channelId, new CustomerDetails { Name = name, Email = name + "@example.com" }, "Help", null, CancellationToken.None);
    }

    [Fact]
    public async Task QueuePositionsAreFirstComeFirstServed()
    {
        var first = await StartAsync("first");
        var second = await StartAsync("second");
        var third = await StartAsync("third");

        Assert.Equal([1, 2, 3], [first.InitialQueuePosition, second.InitialQueuePosition, third.InitialQueuePosition]);
        Assert.True(await service.AcceptAsync(first.Id, "agent", "Anna", "", CancellationToken.None));
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await QueueQueries.PositionAsync(db, (await db.Sessions.FindAsync(second.Id))!, CancellationToken.None));
        Assert.Equal(2, await QueueQueries.PositionAsync(db, (await db.Sessions.FindAsync(third.Id))!, CancellationToken.None));
    }

    [Fact]
    public async Task OnlyOneOfManyConcurrentAcceptsWins()
    {
        var chat = await StartAsync("racer");

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Task.Run(() => service.AcceptAsync(chat.Id, $"agent{i}", $"Agent {i}", "Welcome", CancellationToken.None))));

        Assert.Equal(1, results.Count(won => won));
        var stored = await service.FindAsync(chat.Id, CancellationToken.None);
        Assert.Equal(SessionStatus.Active, stored!.Status);
        var messages = await service.MessagesAfterAsync(chat.Id, 0, CancellationToken.None);
        Assert.Single(messages, m => m.Kind == MessageKind.Welcome);
    }

    [Fact]
    public async Task ARetriedSendWithTheSameClientIdIsStoredOnce()
    {
        var chat = await StartAsync("retrier");
        await service.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);
        var clientId = Guid.NewGuid();

        var first = await service.SendAsync(chat.Id, AuthorKind.Customer, "retrier", clientId, "Hello once", CancellationToken.None);
        var retry = await service.SendAsync(chat.Id, AuthorKind.Customer, "retrier", clientId, "Hello once", CancellationToken.None);

        Assert.Equal(SendResult.Sent, first);
        Assert.Equal(SendResult.Duplicate, retry);
        var texts = (await service.MessagesAfterAsync(chat.Id, 0, CancellationToken.None)).Select(m => m.Text).ToList();
        Assert.Equal(["Help", "Hello once"], texts);
    }

    [Fact]
    public async Task ConcurrentSendsGetDistinctGaplessSequenceNumbers()
    {
        var chat = await StartAsync("busy");
        await service.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() =>
            service.SendAsync(chat.Id, i % 2 == 0 ? AuthorKind.Agent : AuthorKind.Customer, "x", Guid.NewGuid(), $"m{i}", CancellationToken.None))));

        var sequences = (await service.MessagesAfterAsync(chat.Id, 0, CancellationToken.None)).Select(m => m.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, 11), sequences);
    }

    [Fact]
    public async Task MessagesAreStoredBeforeTheirEventIsPublished()
    {
        var chat = await StartAsync("ordered");
        await service.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);

        await service.SendAsync(chat.Id, AuthorKind.Agent, "Anna", Guid.NewGuid(), "Stored first", CancellationToken.None);

        var added = events.Published.OfType<MessageAdded>().Last();
        await using var db = database.CreateDbContext();
        Assert.True(await db.Messages.AnyAsync(m => m.SessionId == chat.Id && m.Sequence == added.Sequence && m.Text == "Stored first"));
    }

    [Fact]
    public async Task NothingCanBeSentToAChatThatIsNotActive()
    {
        var chat = await StartAsync("waiting");

        var result = await service.SendAsync(chat.Id, AuthorKind.Customer, "waiting", Guid.NewGuid(), "Anyone?", CancellationToken.None);

        Assert.Equal(SendResult.NotActive, result);
    }

    [Fact]
    public async Task AnEmptyOrControlOnlyMessageIsRefused()
    {
        var chat = await StartAsync("blank");
        await service.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);

        Assert.Equal(SendResult.Empty, await service.SendAsync(chat.Id, AuthorKind.Customer, "blank", Guid.NewGuid(), " \u0000\u0007 ", CancellationToken.None));
    }

    [Fact]
    public async Task TheEndReasonIsStored()
    {
        var chat = await StartAsync("ender");
        await service.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);

        Assert.True(await service.EndAsync(chat.Id, EndReason.Agent, CancellationToken.None));
        Assert.False(await service.EndAsync(chat.Id, EndReason.Customer, CancellationToken.None));

        var stored = await service.FindAsync(chat.Id, CancellationToken.None);
        Assert.Equal(EndReason.Agent, stored!.EndReason);
        Assert.Equal(time.GetUtcNow(), stored.EndedAt);
    }

    [Fact]
    public async Task ReturningGoesBackToTheQueueWhenTheAgentIsGone()
    {
        var chat = await StartAsync("returner");
        await service.AcceptAsync(chat.Id, "agent", "Anna", "", CancellationToken.None);
        await service.EndAsync(chat.Id, EndReason.Customer, CancellationToken.None);

        Assert.Equal(ReturnOutcome.Returned, await service.ReturnAsync(chat.Id, agentOnline: false, CancellationToken.None));

        var stored = await service.FindAsync(chat.Id, CancellationToken.None);
        Assert.Equal(SessionStatus.Queued, stored!.Status);
        Assert.Null(stored.AgentId);
    }

    [Fact]
    public async Task TokensAreUnguessableAndUnique()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => ChatToken.New()).ToHashSet();

        Assert.Equal(1000, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.Length >= 43));
        Assert.Null(await service.FindByTokenAsync("forged-token", CancellationToken.None));
        Assert.Null(await service.FindByTokenAsync(new string('a', 5000), CancellationToken.None));
    }

    public void Dispose() => database.Dispose();
}
