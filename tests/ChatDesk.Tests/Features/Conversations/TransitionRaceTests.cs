using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Conversations;

/// <summary>Each pair of transitions that can meet, raced for real on a SQLite file in WAL mode (two connections,
/// two threads, released together), many times. Whatever the timing, the outcome must be one that running the two
/// one after the other could give, and the loser must get false, never overwrite the winner.</summary>
public sealed class TransitionRaceTests : IDisposable
{
    private const int Rounds = 25;
    private readonly TestDatabase database = new(concurrent: true);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService service;
    private readonly int channelId;

    public TransitionRaceTests()
    {
        service = new ConversationService(database, new RecordingChatEvents(), time);
        channelId = database.AddChannel().Id;
    }

    [Fact]
    public async Task ACustomerLeavingTheQueueAndAnAgentAcceptingNeverBothWin()
    {
        var outcomes = new HashSet<(bool, bool)>();
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await QueuedAsync();
            var (left, accepted) = await RaceAsync(
                () => service.EndAsync(chat, EndReason.Abandoned, CancellationToken.None),
                () => service.AcceptAsync(chat, "anna", "Anna", "", CancellationToken.None));

            var stored = await LoadAsync(chat);
            Assert.True(left ^ accepted, $"round {round}: left {left}, accepted {accepted}");
            Assert.Equal(accepted ? (SessionStatus.Active, "anna") : (SessionStatus.Abandoned, null), (stored.Status, stored.AgentId));
            outcomes.Add((left, accepted));
        }
        Assert.NotEmpty(outcomes);
    }

    [Fact]
    public async Task AnAgentEndingAndACustomerReturningEndUpInAnOrderThatCouldHappen()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await ActiveAsync("anna");
            await service.EndAsync(chat, EndReason.Customer, CancellationToken.None);
            var (returned, ended) = await RaceAsync(
                async () => await service.ReturnAsync(chat, agentOnline: true, CancellationToken.None) == ReturnOutcome.Returned,
                () => service.EndAsAgentAsync(chat, "anna", CancellationToken.None));

            var stored = await LoadAsync(chat);
            Assert.True(returned, $"round {round}: the return from the end form must win or come first");
            // Return then end: ended by the agent. End first: refused (already ended), and the return makes it active.
            if (ended) Assert.Equal((SessionStatus.Ended, EndReason.Agent), (stored.Status, stored.EndReason));
            else Assert.Equal((SessionStatus.Active, (EndReason?)null), (stored.Status, stored.EndReason));
        }
    }

    [Fact]
    public async Task AnAcceptedTransferAndAnEndedChatNeverBothApply()
    {
        var board = new TransferBoard(database, new RecordingChatEvents(), time);
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await ActiveAsync("anna");
            Assert.True(await board.TryOfferAsync((await LoadAsync(chat)), "anna", "Anna", "erik", CancellationToken.None));
            var (moved, ended) = await RaceAsync(
                () => service.TransferAsync(chat, "anna", "erik", "Erik", "Transferred", CancellationToken.None, offerTo: true),
                () => service.EndAsAgentAsync(chat, "anna", CancellationToken.None));

            var stored = await LoadAsync(chat);
            Assert.True(moved ^ ended, $"round {round}: moved {moved}, ended {ended}");
            Assert.Equal(moved ? (SessionStatus.Active, "erik") : (SessionStatus.Ended, "anna"), (stored.Status, stored.AgentId));
            Assert.Null(await board.PendingForAsync(chat, CancellationToken.None));
            Assert.Equal(moved, await board.WasHandedOverByAsync("anna", chat, CancellationToken.None));
        }
    }

    [Fact]
    public async Task AManagerTakingOverAndTheAgentEndingNeverBothApply()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await ActiveAsync("anna");
            var (taken, ended) = await RaceAsync(
                () => service.TransferAsync(chat, "anna", "maria", "Maria", "Maria took over", CancellationToken.None),
                () => service.EndAsAgentAsync(chat, "anna", CancellationToken.None));

            var stored = await LoadAsync(chat);
            // Ended first: nothing to take over. Taken first: the chat is no longer Anna's to end.
            Assert.True(taken ^ ended, $"round {round}: taken {taken}, ended {ended}");
            Assert.Equal(taken ? (SessionStatus.Active, "maria") : (SessionStatus.Ended, "anna"), (stored.Status, stored.AgentId));
        }
    }

    [Fact]
    public async Task AnIdleTimeoutAndANewMessageNeverBothApply()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await ActiveAsync("anna");
            var seen = (await LoadAsync(chat)).LastSequence;
            var (idled, sent) = await RaceAsync(
                () => service.EndIdleAsync(chat, seen, CancellationToken.None),
                async () => await service.SendAsync(chat, AuthorKind.Customer, "Kim", Guid.NewGuid(), "Still here", CancellationToken.None) == SendResult.Sent);

            var stored = await LoadAsync(chat);
            var texts = await TextsAsync(chat);
            Assert.True(idled ^ sent, $"round {round}: idled {idled}, sent {sent}");
            if (sent) Assert.Equal((SessionStatus.Active, "Still here"), (stored.Status, texts[^1]));
            else Assert.Equal((SessionStatus.Ended, EndReason.Idle, false), (stored.Status, stored.EndReason, texts.Contains("Still here")));
        }
    }

    [Fact]
    public async Task TwoAgentsAcceptingTheSameChatLeaveExactlyOneOwner()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await QueuedAsync();
            var (anna, erik) = await RaceAsync(
                () => service.AcceptAsync(chat, "anna", "Anna", "Hi, I'm Anna", CancellationToken.None),
                () => service.AcceptAsync(chat, "erik", "Erik", "Hi, I'm Erik", CancellationToken.None));

            var stored = await LoadAsync(chat);
            Assert.True(anna ^ erik, $"round {round}: anna {anna}, erik {erik}");
            Assert.Equal(anna ? "anna" : "erik", stored.AgentId);
            // Only the winner greets the customer.
            Assert.Single(await TextsAsync(chat), t => t.StartsWith("Hi, I'm", StringComparison.Ordinal));
        }
    }

    /// <summary>Both operations start on their own threads at the same moment.</summary>
    private static async Task<(bool First, bool Second)> RaceAsync(Func<Task<bool>> first, Func<Task<bool>> second)
    {
        using var start = new Barrier(2);
        var a = Task.Run(() => { start.SignalAndWait(); return first(); });
        var b = Task.Run(() => { start.SignalAndWait(); return second(); });
        return (await a, await b);
    }

    private async Task<long> QueuedAsync()
    {
        time.Advance(TimeSpan.FromSeconds(1));
        var session = await service.StartAsync(channelId, new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, "Help",
            null, CancellationToken.None);
        return session.Id;
    }

    private async Task<long> ActiveAsync(string agentId)
    {
        var chat = await QueuedAsync();
        Assert.True(await service.AcceptAsync(chat, agentId, agentId, "", CancellationToken.None));
        return chat;
    }

    private async Task<ChatSession> LoadAsync(long chat)
    {
        await using var db = database.CreateDbContext();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == chat);
    }

    private async Task<List<string>> TextsAsync(long chat)
    {
        await using var db = database.CreateDbContext();
        return await db.Messages.Where(m => m.SessionId == chat).OrderBy(m => m.Sequence).Select(m => m.Text).ToListAsync();
    }

    public void Dispose() => database.Dispose();
}
