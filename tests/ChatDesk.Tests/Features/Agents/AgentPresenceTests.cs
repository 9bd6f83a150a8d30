using ChatDesk.Features.Agents;
using ChatDesk.Features.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Agents;

public sealed class AgentPresenceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly AgentPresence presence;

    public AgentPresenceTests() => presence = new AgentPresence(time, Options.Create(new AgentOptions { PresenceGraceSeconds = 60 }));

    [Fact]
    public void AnAgentIsPresentOnlyWhileChoosingPresentWithAWorkspaceOpen()
    {
        Assert.False(presence.IsPresent("a"));
        using var tab = presence.Connect("a", Presence.Present);
        Assert.True(presence.IsPresent("a"));

        presence.Choose("a", Presence.Away);

        Assert.False(presence.IsPresent("a"));
        Assert.True(presence.IsOnline("a"));
    }

    [Fact]
    public void ClosingTheLastTabKeepsTheAgentPresentForTheGracePeriodOnly()
    {
        var changes = 0;
        presence.Changed += () => changes++;
        var first = presence.Connect("a", Presence.Present);
        var second = presence.Connect("a", Presence.Present);

        first.Dispose();
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(presence.IsPresent("a"));

        second.Dispose();
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.True(presence.IsPresent("a"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(presence.IsPresent("a"));

        var before = changes;
        presence.ExpireGrace();
        Assert.Equal(before + 1, changes);
        Assert.Empty(presence.PresentUsers());
    }

    [Fact]
    public void AReloadInsideTheGracePeriodKeepsTheAgentPresentThroughout()
    {
        presence.Connect("a", Presence.Present).Dispose();
        time.Advance(TimeSpan.FromSeconds(5));
        using var reloaded = presence.Connect("a", Presence.Present);
        time.Advance(TimeSpan.FromMinutes(5));

        presence.ExpireGrace();

        Assert.True(presence.IsPresent("a"));
    }

    [Fact]
    public void DisposingAConnectionTwiceCountsOnce()
    {
        var tab = presence.Connect("a", Presence.Present);
        using var other = presence.Connect("a", Presence.Present);

        tab.Dispose();
        tab.Dispose();
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(presence.IsPresent("a"));
    }
}
