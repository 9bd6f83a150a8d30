using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.Figures;
using ChatDesk.Features.Supervision.Reports;
using ChatDesk.Resources;
using static ChatDesk.Tests.Features.Supervision.ReportWorld;

namespace ChatDesk.Tests.Features.Supervision;

/// <summary>The report over Monday 2 and Tuesday 3 November 2026 in Stockholm (UTC+1), on a known set of
/// chats; every figure is checked against a value worked out by hand in the comment beside it.</summary>
public sealed class ReportFiguresTests : IDisposable
{
    private static readonly (string, string) Anna = ("anna", "Anna Svensson"), Oskar = ("oskar", "Oskar Berg");

    private readonly ReportWorld world = new();
    private readonly ReportService reports;
    private readonly StaffActor supervisor;

    public ReportFiguresTests()
    {
        reports = new ReportService(world.Database);
        supervisor = world.SupervisorOf(world.Alpha, world.Beta);
        // S1–S7 are in the Stockholm days; S8 and S9 are just outside them (but S8 is inside the same UTC days).
        world.Chat(world.Alpha, Utc(11, 2, 8, 0), waitSeconds: 30, durationSeconds: 600, rating: 5, agent: Anna);   // S1 Mon 09:00
        world.Chat(world.Alpha, Utc(11, 2, 8, 20), waitSeconds: 60, durationSeconds: 300, rating: 4, agent: Anna);  // S2 Mon 09:20
        world.Chat(world.Beta, Utc(11, 2, 13, 0), waitSeconds: 90, durationSeconds: 900, rating: 2, agent: Oskar);  // S3 Mon 14:00
        world.Chat(world.Beta, Utc(11, 3, 9, 0), waitSeconds: 300, durationSeconds: null, agent: Oskar);            // S4 Tue 10:00, still active
        world.Abandoned(world.Alpha, Utc(11, 3, 9, 30), leftAfterSeconds: 200);                                     // S5 Tue 10:30
        world.ResolvedByFaq(world.Alpha, Utc(11, 3, 10, 0));                                                        // S6 Tue 11:00
        world.Chat(world.Alpha, Utc(11, 1, 23, 30), waitSeconds: 120, durationSeconds: 60, rating: 3, agent: Anna); // S7 Mon 00:30 (Sun in UTC)
        world.Chat(world.Alpha, Utc(11, 3, 23, 30), waitSeconds: 10, durationSeconds: 30, rating: 1, agent: Anna);  // S8 Wed 00:30 (Tue in UTC)
        world.Chat(world.Beta, Utc(11, 1, 22, 59, 59), waitSeconds: 5, durationSeconds: 5, agent: Oskar);           // S9 Sun 23:59:59
        world.Ticket(world.Alpha, Utc(11, 2, 10, 0));   // T1 Mon 11:00
        world.Ticket(world.Beta, Utc(11, 3, 22, 30));   // T2 Tue 23:30
        world.Ticket(world.Alpha, Utc(11, 4, 0, 0));    // T3 Wed 01:00: outside
    }

    private static ReportQuery Query(TimeZoneInfo zone, int? channelId = null) => new(new(2026, 11, 2), new(2026, 11, 3), channelId, zone);

    private async Task<IReadOnlyList<ReportTable>> TablesAsync(TimeZoneInfo zone, int? channelId = null) =>
        await reports.TablesAsync(supervisor, Query(zone, channelId), SupervisorText.For("en"), CancellationToken.None);

    private static IReadOnlyList<object?> Row(IReadOnlyList<ReportTable> tables, string table, string first) =>
        tables.Single(t => t.Name == table).Rows.Single(r => (string?)r[0] == first);

    [Fact]
    public async Task TheSummaryCountsTheChatsOfTheStockholmDays()
    {
        var data = await reports.LoadAsync(supervisor, Query(Stockholm), CancellationToken.None);
        var f = ChatFigures.From(data.Sessions, data.TicketDates.Count);

        Assert.Equal(6, f.Requested);          // S1 S2 S3 S4 S5 S7 (S6 never queued)
        Assert.Equal(5, f.Answered);           // S1 S2 S3 S4 S7
        Assert.Equal(1, f.AbandonedInQueue);   // S5
        Assert.Equal(1, f.ResolvedByFaq);      // S6
        Assert.Equal(2, f.TicketsCreated);     // T1 T2
        Assert.Equal(TimeSpan.FromSeconds(120), f.AverageWait);       // (30 + 60 + 90 + 300 + 120) / 5 = 600 / 5 = 120
        Assert.Equal(TimeSpan.FromSeconds(300), f.Percentile90Wait);  // sorted 30 60 90 120 300, rank ⌈0.9 × 5⌉ = 5 → 300
        Assert.Equal(TimeSpan.FromSeconds(465), f.AverageDuration);   // ended only: (600 + 300 + 900 + 60) / 4 = 1860 / 4 = 465
        Assert.Equal(3.5, f.AverageRating);                           // (5 + 4 + 2 + 3) / 4 = 14 / 4 = 3.5
    }

    [Fact]
    public async Task TheSameDatesInUtcTakeTheChatsOfTheUtcDays()
    {
        var tables = await TablesAsync(TimeZoneInfo.Utc);
        var summary = tables.Single(t => t.Name == "summary").Rows.Single();

        // UTC 2–3 Nov holds S1–S6 and S8 (not S7, which is 1 Nov in UTC): requested S1 S2 S3 S4 S5 S8 = 6,
        // answered S1 S2 S3 S4 S8 = 5, waits (30 + 60 + 90 + 300 + 10) / 5 = 490 / 5 = 98 s, tickets T1 T2 = 2.
        Assert.Equal<object?>([6, 5, 1, 1, 2, TimeSpan.FromSeconds(98), TimeSpan.FromSeconds(300),
            // durations (600 + 300 + 900 + 30) / 4 = 1830 / 4 = 457.5 → 458 s; ratings (5 + 4 + 2 + 1) / 4 = 3
            TimeSpan.FromSeconds(458), 3.0], summary);
    }

    [Fact]
    public async Task LoadPerHourUsesTheStockholmHour()
    {
        var tables = await TablesAsync(Stockholm);

        Assert.Equal(24, tables.Single(t => t.Name == "hours").Rows.Count);
        // columns: hour, requested, answered, abandoned in queue, average wait
        Assert.Equal<object?>(["00:00", 1, 1, 0, TimeSpan.FromSeconds(120)], Row(tables, "hours", "00:00")); // S7
        Assert.Equal<object?>(["09:00", 2, 2, 0, TimeSpan.FromSeconds(45)], Row(tables, "hours", "09:00"));  // S1 S2: (30 + 60) / 2 = 45
        Assert.Equal<object?>(["10:00", 2, 1, 1, TimeSpan.FromSeconds(300)], Row(tables, "hours", "10:00")); // S4, S5 abandoned
        Assert.Equal<object?>(["11:00", 0, 0, 0, null], Row(tables, "hours", "11:00"));                     // S6 was not a queued chat
        Assert.Equal<object?>(["14:00", 1, 1, 0, TimeSpan.FromSeconds(90)], Row(tables, "hours", "14:00"));  // S3
        Assert.Equal<object?>(["08:00", 0, 0, 0, null], Row(tables, "hours", "08:00"));                     // S1's UTC hour: empty
    }

    [Fact]
    public async Task LoadPerWeekdayUsesTheStockholmDay()
    {
        var tables = await TablesAsync(Stockholm);

        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            tables.Single(t => t.Name == "weekdays").Rows.Select(r => (string?)r[0]));
        // Monday: S7 S1 S2 S3, waits (120 + 30 + 60 + 90) / 4 = 300 / 4 = 75 s
        Assert.Equal<object?>(["Monday", 4, 4, 0, TimeSpan.FromSeconds(75)], Row(tables, "weekdays", "Monday"));
        // Tuesday: S4 answered after 300 s, S5 abandoned, S6 resolved by the FAQ
        Assert.Equal<object?>(["Tuesday", 2, 1, 1, TimeSpan.FromSeconds(300)], Row(tables, "weekdays", "Tuesday"));
        Assert.Equal<object?>(["Sunday", 0, 0, 0, null], Row(tables, "weekdays", "Sunday")); // S9 is Sunday: outside
    }

    [Fact]
    public async Task ChatsPerChannel()
    {
        var tables = await TablesAsync(Stockholm);

        // columns: channel, requested, answered, abandoned, resolved by FAQ, tickets, average wait, average rating
        // alpha: S1 S2 S5 S6 S7; waits (30 + 60 + 120) / 3 = 70 s; ratings (5 + 4 + 3) / 3 = 4; ticket T1
        Assert.Equal<object?>(["alpha", 4, 3, 1, 1, 1, TimeSpan.FromSeconds(70), 4.0], Row(tables, "channels", "alpha"));
        // beta: S3 S4; waits (90 + 300) / 2 = 195 s; rating 2; ticket T2
        Assert.Equal<object?>(["beta", 2, 2, 0, 0, 1, TimeSpan.FromSeconds(195), 2.0], Row(tables, "channels", "beta"));
    }

    [Fact]
    public async Task ChatsPerAgentWithHandlingTimeAndRating()
    {
        var tables = await TablesAsync(Stockholm);

        // columns: agent, chats, average handling time, average rating
        // Anna: S1 S2 S7, handling (600 + 300 + 60) / 3 = 960 / 3 = 320 s, rating (5 + 4 + 3) / 3 = 4
        Assert.Equal<object?>(["Anna Svensson", 3, TimeSpan.FromSeconds(320), 4.0], Row(tables, "agents", "Anna Svensson"));
        // Oskar: S3 S4, only S3 has ended: 900 s; only S3 is rated: 2
        Assert.Equal<object?>(["Oskar Berg", 2, TimeSpan.FromSeconds(900), 2.0], Row(tables, "agents", "Oskar Berg"));
    }

    [Fact]
    public async Task OneChannelLeavesTheOthersOut()
    {
        var tables = await TablesAsync(Stockholm, world.Beta.Id);

        Assert.Equal<object?>([2, 2, 0, 0, 1, TimeSpan.FromSeconds(195), TimeSpan.FromSeconds(300),
            // durations: S3 only, 900 s; rating: S3 only, 2
            TimeSpan.FromSeconds(900), 2.0], tables.Single(t => t.Name == "summary").Rows.Single());
        Assert.Equal(["beta"], tables.Single(t => t.Name == "channels").Rows.Select(r => (string?)r[0]));
        Assert.Equal(["Oskar Berg"], tables.Single(t => t.Name == "agents").Rows.Select(r => (string?)r[0]));
    }

    [Fact]
    public async Task AgentsAreListedByTheirStaffNameNotTheNameTheCustomerSaw()
    {
        using (var db = world.Database.CreateDbContext())
        {
            db.Users.Add(new StaffUser { Id = "anna", UserName = "anna", DisplayName = "Anna Svensson (staff)" });
            db.SaveChanges();
        }
        world.Chat(world.Alpha, Utc(11, 2, 12, 0), 10, 10, agent: ("anna", "Anna"));

        var tables = await TablesAsync(Stockholm);

        Assert.Equal(["Anna Svensson (staff)", "Oskar Berg"], tables.Single(t => t.Name == "agents").Rows.Select(r => (string?)r[0]));
    }

    [Fact]
    public async Task AnAgentCannotLoadAReport()
    {
        var agent = new StaffActor("a", "Anna", new HashSet<string> { StaffRoles.Agent });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => reports.LoadAsync(agent, Query(Stockholm), CancellationToken.None));
    }

    [Fact]
    public void TheDayOfTheAutumnClockChangeIsTwentyFiveHoursLong()
    {
        // 25 Oct 2026: Stockholm goes from UTC+2 to UTC+1 at 03:00 local.
        var (start, end) = LocalDay.RangeUtc(new(2026, 10, 25), new(2026, 10, 25), Stockholm);

        Assert.Equal(Utc(10, 24, 22, 0), start);
        Assert.Equal(Utc(10, 25, 23, 0), end);
    }

    public void Dispose() => world.Dispose();
}
