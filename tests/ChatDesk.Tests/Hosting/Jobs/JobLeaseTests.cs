using ChatDesk.Features.Conversations;
using ChatDesk.Hosting.Jobs;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Hosting.Jobs;

/// <summary>Issue 14.3: the lease rules of the jobs that run on one node at a time. Each <see cref="JobLeases"/> is a
/// node; nothing is shared but the database (SQLite here, PostgreSQL on the second run and in JobsAcrossNodesTests).</summary>
public sealed class JobLeaseTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationToken ct = CancellationToken.None;

    private JobLeases Node() => new(database, time, NullLogger<JobLeases>.Instance);

    [Fact]
    public async Task AFreeLeaseIsTakenByOneNodeWhichRenewsItWhileTheOtherIsRefused()
    {
        var (a, b) = (Node(), Node());

        Assert.True(await a.TryHoldAsync("router", Lease, ct));
        Assert.False(await b.TryHoldAsync("router", Lease, ct));
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await a.TryHoldAsync("router", Lease, ct)); // renewed: good for another 30 s from now
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await b.TryHoldAsync("router", Lease, ct));
        Assert.True(await b.TryHoldAsync("timeouts", Lease, ct)); // another job is a lease of its own
    }

    [Fact]
    public async Task ALeaseLeftByADeadNodeIsTakenOverOnlyAfterItRunsOutAndTheDeadNodeHasLostIt()
    {
        var (dead, live) = (Node(), Node());
        Assert.True(await dead.TryHoldAsync("router", Lease, ct));

        time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.False(await live.TryHoldAsync("router", Lease, ct));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await live.TryHoldAsync("router", Lease, ct));

        // The "dead" node was only stalled (a long GC pause, a lost network): it comes back as a follower.
        Assert.False(await dead.TryHoldAsync("router", Lease, ct));
    }

    [Fact]
    public async Task AReleasedLeaseIsTakenAtOnceAndOnlyItsHolderCanReleaseIt()
    {
        var (a, b) = (Node(), Node());
        Assert.True(await a.TryHoldAsync("router", Lease, ct));

        await b.ReleaseAsync("router", ct);
        Assert.False(await b.TryHoldAsync("router", Lease, ct));
        await a.ReleaseAsync("router", ct);
        Assert.True(await b.TryHoldAsync("router", Lease, ct));
    }

    [Fact]
    public async Task OnlyTheLeaseHolderEndsTimedOutChats()
    {
        var conversations = new ConversationService(database, new RecordingChatEvents(), time);
        var channelId = database.AddChannel(configure: c => c.IdleMinutes = 1).Id;
        var chat = await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, ct);
        Assert.True(await conversations.AcceptAsync(chat.Id, "agent", "Anna", "", ct));
        time.Advance(TimeSpan.FromMinutes(2));
        var (holderLeases, followerLeases) = (Node(), Node());
        ChatTimeouts Timeouts(JobLeases leases) =>
            new(conversations, database, Options.Create(new ChatOptions()), time, leases, NullLogger<ChatTimeouts>.Instance);
        var (holder, follower) = (Timeouts(holderLeases), Timeouts(followerLeases));
        Assert.True(await holderLeases.TryHoldAsync("chat-timeouts", Lease, ct));

        Assert.False(await follower.TickAsync(ct));
        Assert.Equal(SessionStatus.Active, (await conversations.FindAsync(chat.Id, ct))!.Status);
        Assert.True(await holder.TickAsync(ct));
        Assert.Equal(EndReason.Idle, (await conversations.FindAsync(chat.Id, ct))!.EndReason);
    }

    public void Dispose() => database.Dispose();
}
