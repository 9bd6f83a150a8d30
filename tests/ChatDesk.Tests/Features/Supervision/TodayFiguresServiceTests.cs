using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using static ChatDesk.Tests.Features.Supervision.ReportWorld;

namespace ChatDesk.Tests.Features.Supervision;

/// <summary>"Today" on the dashboard is the viewer's day: here Tuesday 3 November 2026 in Stockholm (UTC+1).</summary>
public sealed class TodayFiguresServiceTests : IDisposable
{
    private static readonly StaffActor Admin = new("adm", "Maja", new HashSet<string> { StaffRoles.Admin });

    private readonly ReportWorld world = new();
    private readonly FakeTimeProvider time = new(Utc(11, 3, 15, 0)); // Tue 16:00 in Stockholm

    private Task<TodayFigures> TodayAsync(TimeZoneInfo zone, int? channelId = null) =>
        new TodayFiguresService(world.Database, time, new MemoryCache(new MemoryCacheOptions())).TodayAsync(Admin, channelId, zone, CancellationToken.None);

    [Fact]
    public async Task TodaysFiguresCountFromTheViewersMidnight()
    {
        world.Chat(world.Alpha, Utc(11, 2, 23, 10), waitSeconds: 20, durationSeconds: 100, rating: 4); // Tue 00:10 in Stockholm, Mon in UTC
        world.Chat(world.Alpha, Utc(11, 3, 8, 0), waitSeconds: 100, durationSeconds: 300, rating: 5);  // Tue 09:00
        world.Abandoned(world.Beta, Utc(11, 3, 9, 0), leftAfterSeconds: 60);                           // Tue 10:00
        world.Chat(world.Alpha, Utc(11, 2, 22, 50), waitSeconds: 5, durationSeconds: 5);                // Mon 23:50: yesterday
        world.Ticket(world.Beta, Utc(11, 3, 14, 0));

        var today = await TodayAsync(Stockholm);

        Assert.Equal(new DateOnly(2026, 11, 3), today.Day);
        Assert.Equal((3, 2, 1, 1), (today.Figures.Requested, today.Figures.Answered, today.Figures.AbandonedInQueue, today.Figures.TicketsCreated));
        Assert.Equal(TimeSpan.FromSeconds(60), today.Figures.AverageWait);       // (20 + 100) / 2 = 60
        Assert.Equal(TimeSpan.FromSeconds(100), today.Figures.Percentile90Wait); // rank ⌈0.9 × 2⌉ = 2 → 100
        Assert.Equal(TimeSpan.FromSeconds(200), today.Figures.AverageDuration);  // (100 + 300) / 2 = 200
        Assert.Equal(4.5, today.Figures.AverageRating);                          // (4 + 5) / 2
        Assert.Equal(1, today.ChatsPerHour[0]);
        Assert.Equal(1, today.ChatsPerHour[9]);
        Assert.Equal(1, today.ChatsPerHour[10]);
        Assert.Equal([1, 0, 1, 0, 0, 0], today.WaitDistribution); // 20 s is under 30 s; 100 s is in 1–2 min
    }

    [Fact]
    public async Task TheUsualLineIsTheMeanOfTheSameWeekdayOverTheFourWeeksBefore()
    {
        // Tuesdays before 3 Nov: 27 Oct, 20 Oct, 13 Oct, 6 Oct (UTC+1 on 27 Oct, UTC+2 before the 25 Oct change).
        world.Chat(world.Alpha, Utc(10, 27, 8, 15), 10, 10);  // 27 Oct 09:15
        world.Chat(world.Alpha, Utc(10, 27, 8, 45), 10, 10);  // 27 Oct 09:45
        world.Chat(world.Alpha, Utc(10, 20, 7, 30), 10, 10);  // 20 Oct 09:30 (UTC+2)
        world.Chat(world.Alpha, Utc(10, 6, 12, 0), 10, 10);   // 6 Oct 14:00 (UTC+2)
        world.Chat(world.Alpha, Utc(9, 29, 7, 0), 10, 10);    // 29 Sep: five weeks back, not counted
        world.Chat(world.Alpha, Utc(10, 28, 8, 0), 10, 10);   // a Wednesday, not counted

        var today = await TodayAsync(Stockholm);

        Assert.Equal(0.75, today.UsualChatsPerHour[9]);   // (2 + 1 + 0 + 0) / 4
        Assert.Equal(0.25, today.UsualChatsPerHour[14]);  // (0 + 0 + 0 + 1) / 4
        Assert.Equal(1.0, today.UsualChatsPerHour.Sum());
    }

    [Fact]
    public async Task OneChannelCountsOnlyItsChats()
    {
        world.Chat(world.Alpha, Utc(11, 3, 8, 0), 10, 10);
        world.Chat(world.Beta, Utc(11, 3, 8, 0), 10, 10);
        world.Chat(world.Beta, Utc(11, 3, 9, 0), 10, 10);

        Assert.Equal(2, (await TodayAsync(Stockholm, world.Beta.Id)).Figures.Requested);
        Assert.Equal(3, (await TodayAsync(Stockholm)).Figures.Requested);
    }

    [Fact]
    public async Task AnAgentGetsNoFigures() =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => new TodayFiguresService(world.Database, time, new MemoryCache(new MemoryCacheOptions()))
            .TodayAsync(new StaffActor("a", "Anna", new HashSet<string> { StaffRoles.Agent }), null, Stockholm, CancellationToken.None));

    public void Dispose() => world.Dispose();
}
