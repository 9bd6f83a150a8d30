using ChatDesk.Features.Agents;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.Agents;

/// <summary>The timer's refresh and a tab's connect read the leases side by side; whichever finishes last must not
/// put back an older picture. CI caught this: an API test's agent connected while the once-a-second refresh was
/// reading, the refresh finished last, and the channel stayed closed to the next customer.</summary>
public sealed class AgentPresenceRaceTests : IDisposable
{
    private readonly TestDatabase database = new(concurrent: true);
    private readonly HoldFirstRead hold = new("PresenceLeaseUntil");
    private readonly AgentPresence presence;

    public AgentPresenceRaceTests()
    {
        presence = new AgentPresence(database.With(hold), new RecordingChatEvents(), TimeProvider.System,
            Options.Create(new AgentOptions { PresenceGraceSeconds = 60 }));
        using var db = database.CreateDbContext();
        db.Users.Add(new StaffUser { Id = "a", UserName = "a", DisplayName = "Anna" });
        db.SaveChanges();
    }

    [Fact]
    public async Task AReadThatStartedBeforeAConnectDoesNotUndoIt()
    {
        var timersRefresh = presence.RefreshAsync(CancellationToken.None);
        await hold.Held.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await using var tab = await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        Assert.True(presence.IsPresent("a"));
        hold.Release.SetResult();
        await timersRefresh;

        Assert.True(presence.IsPresent("a"));
        Assert.Contains("a", presence.PresentUsers());
    }

    public void Dispose() => database.Dispose();
}
