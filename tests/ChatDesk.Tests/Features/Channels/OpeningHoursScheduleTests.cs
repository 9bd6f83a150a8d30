using System.Globalization;
using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

// Every instant is written out in UTC (or with an explicit offset), so nothing depends on the machine's clock or zone.
// Stockholm is UTC+1 in winter and UTC+2 in summer; in 2026 it springs forward on 29 March and falls back on 25 October.
public partial class OpeningHoursScheduleTests
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static DayHours Day(DayOfWeek day, int openHour, int openMinute, int closeHour, int closeMinute) =>
        new() { Day = day, Open = new TimeOnly(openHour, openMinute), Close = new TimeOnly(closeHour, closeMinute) };

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Monday–Friday 08:00–17:00 with lunch 12:00–13:00.</summary>
    private static OpeningHours StockholmOffice(params DateOnly[] holidays) => new()
    {
        TimeZoneId = "Europe/Stockholm",
        Days = [.. Weekdays.Select(d => Day(d, 8, 0, 17, 0))],
        LunchStart = new TimeOnly(12, 0),
        LunchEnd = new TimeOnly(13, 0),
        Holidays = [.. holidays],
    };

    private static OpeningHours NewYorkOffice() => new()
    {
        TimeZoneId = "America/New_York",
        Days = [.. Weekdays.Select(d => Day(d, 9, 0, 17, 0))],
    };

    private static OpeningHours StockholmSundayOnly(int openHour, int openMinute, int closeHour, int closeMinute) => new()
    {
        TimeZoneId = "Europe/Stockholm",
        Days = [Day(DayOfWeek.Sunday, openHour, openMinute, closeHour, closeMinute)],
    };

    [Theory]
    [InlineData("2026-01-14T06:59:00Z", false)] // 07:59 local
    [InlineData("2026-01-14T07:00:00Z", true)]  // 08:00
    [InlineData("2026-01-14T10:59:00Z", true)]  // 11:59
    [InlineData("2026-01-14T15:59:00Z", true)]  // 16:59
    [InlineData("2026-01-14T16:00:00Z", false)] // 17:00, the close is exclusive
    public void IsOpenFromEightToFiveStockholmTimeInWinter(string instant, bool open) =>
        Assert.Equal(open, OpeningHoursSchedule.IsOpen(StockholmOffice(), At(instant)));

    [Theory]
    [InlineData("2026-06-17T05:59:00Z", false)] // 07:59 local
    [InlineData("2026-06-17T06:00:00Z", true)]  // 08:00
    [InlineData("2026-06-17T14:59:00Z", true)]  // 16:59
    [InlineData("2026-06-17T15:00:00Z", false)] // 17:00
    public void IsOpenFromEightToFiveStockholmTimeInSummer(string instant, bool open) =>
        Assert.Equal(open, OpeningHoursSchedule.IsOpen(StockholmOffice(), At(instant)));

    [Theory]
    [InlineData("2026-01-14T11:00:00Z", false)] // 12:00 winter: lunch has started
    [InlineData("2026-01-14T11:59:00Z", false)] // 12:59 winter
    [InlineData("2026-01-14T12:00:00Z", true)]  // 13:00 winter: back from lunch
    [InlineData("2026-06-17T10:30:00Z", false)] // 12:30 summer
    [InlineData("2026-06-17T11:00:00Z", true)]  // 13:00 summer
    public void IsClosedDuringLunchInStockholm(string instant, bool open) =>
        Assert.Equal(open, OpeningHoursSchedule.IsOpen(StockholmOffice(), At(instant)));

    [Theory]
    [InlineData("2026-01-17T11:00:00Z")] // Saturday 12:00
    [InlineData("2026-01-18T09:00:00Z")] // Sunday 10:00
    public void IsClosedAtTheWeekend(string instant) =>
        Assert.False(OpeningHoursSchedule.IsOpen(StockholmOffice(), At(instant)));

    [Fact]
    public void NextOpeningIsTheInstantItselfWhileOpen() =>
        Assert.Equal(At("2026-01-14T09:17:00Z"), OpeningHoursSchedule.NextOpening(StockholmOffice(), At("2026-01-14T09:17:00Z")));

    [Fact]
    public void OpensAgainAtOneAfterLunch() =>
        Assert.Equal(At("2026-01-14T13:00:00+01:00"), OpeningHoursSchedule.NextOpening(StockholmOffice(), At("2026-01-14T11:15:00Z")));

    [Fact]
    public void OpensMondayAtEightAfterClosingOnFridayAtFive() =>
        Assert.Equal(At("2026-01-19T08:00:00+01:00"), OpeningHoursSchedule.NextOpening(StockholmOffice(), At("2026-01-16T16:00:00Z")));
}
