using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Hosting.Jobs;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static ChatDesk.Tests.Hosting.Jobs.TwoPostgresNodes;

namespace ChatDesk.Tests.Hosting.Jobs;

/// <summary>Issue 14.3: one-winner pickup, agent capacity and job leases with two nodes on one PostgreSQL database
/// (its default READ COMMITTED isolation), on both test runs.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PickupAcrossNodesTests : IAsyncLifetime
{
    private const int Rounds = 20;
    private readonly CancellationToken ct = CancellationToken.None;
    private TwoPostgresNodes nodes = null!;

    public Task InitializeAsync()
    {
        nodes = Start();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TwoAgentsOnTwoNodesAcceptingTheSameChatAtOnceGiveOneWinnerEveryTime()
    {
        var (anna, oskar) = (await nodes.StaffIdAsync("agent1"), await nodes.StaffIdAsync("agent2"));
        var channelId = await nodes.ChannelIdAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var chat = await nodes.QueuedChatAsync(round % 2 == 0 ? nodes.A : nodes.B, channelId);

            var outcomes = await nodes.RaceAsync([chat], 2,
                () => Get<AgentDesk>(nodes.A).AcceptAsync(anna, chat, ct),
                () => Get<AgentDesk>(nodes.B).AcceptAsync(oskar, chat, ct));

            Assert.Equal([AcceptOutcome.Accepted, AcceptOutcome.Taken], outcomes.Order());
            var stored = (await Get<ConversationService>(nodes.B).FindAsync(chat, ct))!;
            Assert.Equal(SessionStatus.Active, stored.Status);
            Assert.Equal(outcomes[0] == AcceptOutcome.Accepted ? anna : oskar, stored.AgentId);
            // Welcome line once: only the winner sent it.
            Assert.Single(await Get<ConversationService>(nodes.A).MessagesAfterAsync(chat, 0, ct), m => m.Kind == MessageKind.Welcome);
            Assert.True(await Get<ConversationService>(nodes.A).EndAsync(chat, EndReason.Agent, ct)); // keeps both under capacity
        }
    }

    [Fact]
    public async Task AnAgentsCapacityHoldsWhenAcceptsOfDifferentChatsRaceOnBothNodes()
    {
        var anna = await nodes.StaffIdAsync("agent1");
        nodes.Database.Execute($"UPDATE \"AspNetUsers\" SET \"Capacity\" = 1 WHERE \"Id\" = '{anna}'");
        var channelId = await nodes.ChannelIdAsync();
        for (var round = 0; round < 5; round++)
        {
            // Two waiting chats, one accepted on each node at once, for an agent with room for one.
            var (first, second) = (await nodes.QueuedChatAsync(nodes.A, channelId), await nodes.QueuedChatAsync(nodes.B, channelId));

            var outcomes = await nodes.RaceAsync([first, second], 2,
                () => Get<AgentDesk>(nodes.A).AcceptAsync(anna, first, ct),
                () => Get<AgentDesk>(nodes.B).AcceptAsync(anna, second, ct));

            Assert.Equal([AcceptOutcome.Accepted, AcceptOutcome.AtCapacity], outcomes.Order());
            Assert.Equal(1, nodes.Database.Scalar(
                $"SELECT COUNT(*) FROM \"Sessions\" WHERE \"AgentId\" = '{anna}' AND \"Status\" = '{nameof(SessionStatus.Active)}'"));
            await Get<ConversationService>(nodes.B).EndAsync(outcomes[0] == AcceptOutcome.Accepted ? first : second, EndReason.Agent, ct);
        }
    }

    [Fact]
    public async Task OfTwoNodesRacingForAFreeLeaseExactlyOneGetsIt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        JobLeases Node(ChatDeskFactory host) => new(Get<Microsoft.EntityFrameworkCore.IDbContextFactory<ChatDesk.Data.ChatDeskDbContext>>(host),
            time, NullLogger<JobLeases>.Instance);
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = (Node(nodes.A), Node(nodes.B));
            var job = $"race-{round}";
            Assert.True(await a.TryHoldAsync(job + "-held", TimeSpan.FromSeconds(30), ct));
            time.Advance(TimeSpan.FromSeconds(31)); // a's lease on the held job has run out: a dead node's

            var fresh = await Task.WhenAll(Task.Run(() => a.TryHoldAsync(job, TimeSpan.FromSeconds(30), ct)),
                Task.Run(() => b.TryHoldAsync(job, TimeSpan.FromSeconds(30), ct)));
            var takeover = await Task.WhenAll(Task.Run(() => Node(nodes.A).TryHoldAsync(job + "-held", TimeSpan.FromSeconds(30), ct)),
                Task.Run(() => b.TryHoldAsync(job + "-held", TimeSpan.FromSeconds(30), ct)));

            Assert.Single(fresh, held => held);
            Assert.Single(takeover, held => held);
            Assert.False(await a.TryHoldAsync(job + "-held", TimeSpan.FromSeconds(30), ct));
        }
    }

    [Fact]
    public async Task TheRunningNodesTakeOverTheJobsOfANodeThatDied()
    {
        // A third node held every leader job and died: its leases are in the past.
        var jobs = new[] { "auto-router", "chat-timeouts" };
        await EventuallyAsync(async () => nodes.Database.Scalar("SELECT COUNT(*) FROM \"JobLeases\"") >= jobs.Length, "the nodes took their leases");
        nodes.Database.Execute($"UPDATE \"JobLeases\" SET \"Holder\" = 'dead-node', \"LeaseUntil\" = {DateTimeOffset.UtcNow.AddSeconds(-1).UtcTicks}");

        var holders = new[] { Get<JobLeases>(nodes.A).Holder, Get<JobLeases>(nodes.B).Holder };
        foreach (var job in jobs)
            await EventuallyAsync(() => Task.FromResult(holders.Contains(
                nodes.Database.Column($"SELECT \"Holder\" FROM \"JobLeases\" WHERE \"Name\" = '{job}'").Single())), $"{job} taken over");
    }

    public async Task DisposeAsync() => await nodes.DisposeAsync();
}
