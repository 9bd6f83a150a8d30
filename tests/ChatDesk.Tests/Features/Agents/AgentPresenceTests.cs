using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Agents;

public sealed class AgentPresenceTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingChatEvents events = new();
    private readonly AgentPresence presence;

    public AgentPresenceTests()
    {
        presence = Node();
        using var db = database.CreateDbContext();
        db.Users.Add(new StaffUser { Id = "a", UserName = "a", DisplayName = "Anna" });
        db.SaveChanges();
    }

    // Another node, or this one after a restart: only the database is shared.
    private AgentPresence Node() => new(database, events, time, Options.Create(new AgentOptions { PresenceGraceSeconds = 60 }));

    private int PresenceEvents => events.Published.OfType<PresenceChanged>().Count();

    [Fact]
    public async Task AnAgentIsPresentOnlyWhileChoosingPresentWithAWorkspaceOpen()
    {
        Assert.False(presence.IsPresent("a"));
        await using var tab = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        Assert.True(presence.IsPresent("a"));

        await presence.ChooseAsync("a", Presence.Away, CancellationToken.None);

        Assert.False(presence.IsPresent("a"));
        Assert.True(presence.IsOnline("a"));
    }

    [Fact]
    public async Task ClosingTheLastTabKeepsTheAgentPresentForTheGracePeriodOnly()
    {
        var first = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        var second = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        Assert.Equal(1, PresenceEvents);

        await first.DisposeAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        await presence.RenewAsync(CancellationToken.None);
        await presence.RefreshAsync(CancellationToken.None);
        Assert.True(presence.IsPresent("a"));

        await second.DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.True(presence.IsPresent("a"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(presence.IsPresent("a"));

        await presence.RefreshAsync(CancellationToken.None);
        Assert.Equal(2, PresenceEvents);
        Assert.Empty(presence.PresentUsers());
    }

    [Fact]
    public async Task AConnectedTabKeepsTheLeaseRenewedAndItRunsOutWhenRenewalStops()
    {
        await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        for (var i = 0; i < 60; i++)
        {
            time.Advance(AgentPresence.RenewPeriod);
            await presence.RenewAsync(CancellationToken.None);
        }
        await presence.RefreshAsync(CancellationToken.None);
        Assert.True(presence.IsPresent("a"));

        // The node is killed: nobody renews and nobody writes a grace period.
        var other = Node();
        time.Advance(AgentPresence.Lease);
        await other.RefreshAsync(CancellationToken.None);
        Assert.False(other.IsOnline("a"));
    }

    [Fact]
    public async Task AnotherNodeSeesTheStoredLease()
    {
        await using var tab = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        var other = Node();
        Assert.False(other.IsPresent("a"));

        await other.RefreshAsync(CancellationToken.None);

        Assert.True(other.IsPresent("a"));
        Assert.Equal(["a"], other.PresentUsers());
    }

    [Fact]
    public async Task AReloadInsideTheGracePeriodKeepsTheAgentPresentThroughout()
    {
        await (await presence.ConnectAsync("a", Presence.Present, CancellationToken.None)).DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(5));
        await using var reloaded = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        await presence.RenewAsync(CancellationToken.None);
        await presence.RefreshAsync(CancellationToken.None);

        Assert.True(presence.IsPresent("a"));
    }

    [Fact]
    public async Task DisposingAConnectionTwiceCountsOnce()
    {
        var tab = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        await using var other = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);

        await tab.DisposeAsync();
        await tab.DisposeAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        await presence.RenewAsync(CancellationToken.None);
        await presence.RefreshAsync(CancellationToken.None);

        Assert.True(presence.IsPresent("a"));
    }

    [Fact]
    public async Task ADroppedLeaseEndsPresenceAtOnceEvenWithATabOpen()
    {
        await using var tab = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);

        await presence.DropAsync("a", CancellationToken.None);

        Assert.False(presence.IsOnline("a"));
    }

    public void Dispose() => database.Dispose();
}
