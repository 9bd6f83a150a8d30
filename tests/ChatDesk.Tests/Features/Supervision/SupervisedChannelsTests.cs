using ChatDesk.Features.Agents;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision;
using ChatDesk.Features.Supervision.Reports;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ChatDesk.Tests.Features.Supervision.ReportWorld;

namespace ChatDesk.Tests.Features.Supervision;

/// <summary>A supervisor watches the channels they are a member of; an admin watches every channel.</summary>
public sealed class SupervisedChannelsTests : IDisposable
{
    private static readonly StaffActor Admin = new("adm", "Maja", new HashSet<string> { StaffRoles.Admin });

    private readonly ReportWorld world = new();
    private readonly FakeTimeProvider time = new(Utc(11, 2, 15, 0));
    private readonly StaffActor alphaLead;

    public SupervisedChannelsTests()
    {
        alphaLead = world.SupervisorOf(world.Alpha);
        world.Chat(world.Alpha, Utc(11, 2, 9, 0), waitSeconds: 30, durationSeconds: 60);
        world.Chat(world.Beta, Utc(11, 2, 10, 0), waitSeconds: 90, durationSeconds: 60);
        world.Chat(world.Beta, Utc(11, 2, 11, 0), waitSeconds: null, durationSeconds: null, status: ChatDesk.Features.Conversations.SessionStatus.Queued);
    }

    private ReportQuery Day(int? channelId = null) => new(new(2026, 11, 2), new(2026, 11, 2), channelId, TimeZoneInfo.Utc);

    [Fact]
    public async Task TheReportsListAndCountOnlyTheSupervisorsChannels()
    {
        var reports = new ReportService(world.Database);

        Assert.Equal(["alpha"], (await reports.ChannelsAsync(alphaLead, default)).Select(c => c.Name));
        Assert.Equal(["alpha", "beta"], (await reports.ChannelsAsync(Admin, default)).Select(c => c.Name));
        Assert.Single((await reports.LoadAsync(alphaLead, Day(), default)).Sessions);
        Assert.Equal(3, (await reports.LoadAsync(Admin, Day(), default)).Sessions.Count);
    }

    [Fact]
    public async Task AskingForAnotherTeamsChannelByItsIdGivesNothing()
    {
        var data = await new ReportService(world.Database).LoadAsync(alphaLead, Day(world.Beta.Id), default);

        Assert.Empty(data.Sessions);
        Assert.Empty(data.Channels);
    }

    [Fact]
    public async Task TodaysFiguresCountOnlyTheSupervisorsChannels()
    {
        var figures = new TodayFiguresService(world.Database, time, new MemoryCache(new MemoryCacheOptions()));

        var mine = await figures.TodayAsync(alphaLead, null, TimeZoneInfo.Utc, default);
        var all = await figures.TodayAsync(Admin, null, TimeZoneInfo.Utc, default);

        Assert.Equal((1, 1), (mine.Figures.Requested, mine.Figures.Answered));
        Assert.Equal((3, 2), (all.Figures.Requested, all.Figures.Answered));
    }

    [Fact]
    public async Task TheLiveQueueCountsOnlyTheSupervisorsChannels()
    {
        var supervision = new SupervisionService(world.Database, new AgentPresence(world.Database, new RecordingChatEvents(), time, Options.Create(new AgentOptions())));

        Assert.Equal(0, (await supervision.SnapshotAsync(alphaLead, null, default)).Waiting);
        Assert.Equal(1, (await supervision.SnapshotAsync(Admin, null, default)).Waiting);
        Assert.Equal(["alpha"], (await supervision.ChannelsAsync(alphaLead, default)).Select(c => c.Name));
    }

    public void Dispose() => world.Dispose();
}
