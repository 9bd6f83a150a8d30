using System.Globalization;
using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

// Every instant is written out in UTC (or with an explicit offset), so nothing depends on the machine's clock or zone.
// Stockholm is UTC+1 in winter and UTC+2 in summer; in 2026 it springs forward on 29 March and falls back on 25 October.
public class OpeningHoursScheduleTests
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

    [Fact]
    public void OpensAtEightStockholmTimeAcrossTheSpringForwardChange()
    {
        // Friday 27 March 17:00 CET; Monday is summer time, so 08:00 is 06:00 UTC.
        var next = OpeningHoursSchedule.NextOpening(StockholmOffice(), At("2026-03-27T16:00:00Z"));
        Assert.Equal(At("2026-03-30T06:00:00Z"), next);
    }

    [Fact]
    public void OpensAtEightStockholmTimeAcrossTheFallBackChange()
    {
        // Friday 23 October 17:00 CEST; Monday is winter time, so 08:00 is 07:00 UTC.
        var next = OpeningHoursSchedule.NextOpening(StockholmOffice(), At("2026-10-23T15:00:00Z"));
        Assert.Equal(At("2026-10-26T07:00:00Z"), next);
    }

    [Fact]
    public void AnOpeningInsideTheSpringForwardGapHappensWhenTheGapEnds()
    {
        // 02:30 does not exist on 29 March: the clocks jump from 02:00 CET to 03:00 CEST at 01:00 UTC.
        var hours = StockholmSundayOnly(2, 30, 6, 0);

        Assert.Equal(At("2026-03-29T01:00:00Z"), OpeningHoursSchedule.NextOpening(hours, At("2026-03-28T23:00:00Z")));
        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-03-29T00:59:00Z")));
        Assert.True(OpeningHoursSchedule.IsOpen(hours, At("2026-03-29T01:00:00Z")));
    }

    [Fact]
    public void AnOpeningInsideTheFallBackOverlapHappensAtItsFirstOccurrence()
    {
        // 02:30 happens twice on 25 October: at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        var hours = StockholmSundayOnly(2, 30, 6, 0);

        Assert.Equal(At("2026-10-25T00:30:00Z"), OpeningHoursSchedule.NextOpening(hours, At("2026-10-24T22:00:00Z")));
        Assert.True(OpeningHoursSchedule.IsOpen(hours, At("2026-10-25T01:15:00Z"))); // 02:15 the second time round
    }

    [Fact]
    public void AClosingInsideTheFallBackOverlapDoesNotReopenWhenTheClocksGoBack()
    {
        var hours = StockholmSundayOnly(0, 0, 2, 30);

        Assert.True(OpeningHoursSchedule.IsOpen(hours, At("2026-10-25T00:29:00Z")));  // 02:29 CEST
        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-10-25T00:30:00Z"))); // 02:30 CEST
        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-10-25T01:15:00Z"))); // 02:15 CET, second time round
    }

    [Fact]
    public void AnAlwaysOpenDayLastsTwentyFiveHoursWhenTheClocksGoBack()
    {
        var hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", AlwaysOpen = true };

        var sunday = OpeningHoursSchedule.WeekInZone(hours, At("2026-10-25T12:00:00Z"), Stockholm)[0];

        Assert.Equal(TimeSpan.FromHours(25), sunday.End - sunday.Start);
    }

    [Theory]
    [InlineData("2026-12-24T09:00:00Z")] // Thursday 10:00
    [InlineData("2026-12-25T09:00:00Z")] // Friday 10:00
    public void IsClosedOnHolidays(string instant) =>
        Assert.False(OpeningHoursSchedule.IsOpen(StockholmOffice(new(2026, 12, 24), new(2026, 12, 25)), At(instant)));

    [Fact]
    public void OpensAfterTheHolidaysAndTheWeekend()
    {
        var hours = StockholmOffice(new(2026, 12, 24), new(2026, 12, 25));

        var next = OpeningHoursSchedule.NextOpening(hours, At("2026-12-23T16:00:00Z")); // Wednesday 17:00

        Assert.Equal(At("2026-12-28T08:00:00+01:00"), next);
    }

    [Fact]
    public void AnAlwaysOpenChannelIsClosedForTheWholeHolidayInItsOwnZone()
    {
        var hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", AlwaysOpen = true, Holidays = [new(2026, 12, 25)] };

        Assert.True(OpeningHoursSchedule.IsOpen(hours, At("2026-12-24T22:59:00Z")));  // 24 Dec 23:59 local
        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-12-24T23:00:00Z"))); // 25 Dec 00:00 local, still the 24th in UTC
        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-12-25T12:00:00Z")));
        Assert.Equal(At("2026-12-25T23:00:00Z"), OpeningHoursSchedule.NextOpening(hours, At("2026-12-25T12:00:00Z")));
    }

    [Fact]
    public void AChannelWithoutOpenDaysNeverOpens()
    {
        var hours = new OpeningHours { TimeZoneId = "Europe/Stockholm" };

        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-01-14T10:00:00Z")));
        Assert.Null(OpeningHoursSchedule.NextOpening(hours, At("2026-01-14T10:00:00Z")));
        Assert.Empty(OpeningHoursSchedule.WeekInZone(hours, At("2026-01-14T10:00:00Z"), Stockholm));
    }

    [Fact]
    public void GivesUpAfterFourteenDaysOfHolidays()
    {
        var holidays = Enumerable.Range(0, 15).Select(i => new DateOnly(2026, 7, 1).AddDays(i)).ToArray();

        Assert.Null(OpeningHoursSchedule.NextOpening(StockholmOffice(holidays), At("2026-07-01T00:00:00Z")));
    }

    [Fact]
    public void CloseAtTwentyThreeFiftyNineMeansOpenUntilMidnight()
    {
        var hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", Days = [Day(DayOfWeek.Friday, 20, 0, 23, 59)] };

        Assert.True(OpeningHoursSchedule.IsOpen(hours, At("2026-01-16T22:59:30Z")));  // Friday 23:59:30
        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-01-16T23:00:00Z"))); // Saturday 00:00
        var friday = Assert.Single(OpeningHoursSchedule.WeekInZone(hours, At("2026-01-16T12:00:00Z"), Stockholm));
        Assert.Equal(At("2026-01-17T00:00:00+01:00"), friday.End);
    }

    [Fact]
    public void AChannelOpenAcrossMidnightIsOpenAtMidnight()
    {
        var hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm",
            Days = [Day(DayOfWeek.Friday, 20, 0, 23, 59), Day(DayOfWeek.Saturday, 0, 0, 2, 0)],
        };

        Assert.True(OpeningHoursSchedule.IsOpen(hours, At("2026-01-16T23:00:00Z")));
        Assert.Equal(At("2026-01-16T23:00:00Z"), OpeningHoursSchedule.NextOpening(hours, At("2026-01-16T23:00:00Z")));
    }

    [Fact]
    public void CloseAtMidnightIsAnEmptyDayNotAWholeOne()
    {
        var hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", Days = [Day(DayOfWeek.Friday, 20, 0, 0, 0)] };

        Assert.False(OpeningHoursSchedule.IsOpen(hours, At("2026-01-16T20:00:00Z")));
        Assert.Null(OpeningHoursSchedule.NextOpening(hours, At("2026-01-16T12:00:00Z")));
    }

    [Fact]
    public void ListsTheWeekSplitAroundLunchAndSkippingHolidays()
    {
        var hours = StockholmOffice(new(2026, 12, 24), new(2026, 12, 25));

        var week = OpeningHoursSchedule.WeekInZone(hours, At("2026-12-21T15:00:00Z"), Stockholm);

        // Monday to Wednesday, two periods each; Thursday and Friday are holidays, then the weekend.
        Assert.Equal(6, week.Count);
        Assert.Equal(new OpeningPeriod(At("2026-12-21T08:00:00+01:00"), At("2026-12-21T12:00:00+01:00")), week[0]);
        Assert.Equal(new OpeningPeriod(At("2026-12-21T13:00:00+01:00"), At("2026-12-21T17:00:00+01:00")), week[1]);
        Assert.Equal(new OpeningPeriod(At("2026-12-23T13:00:00+01:00"), At("2026-12-23T17:00:00+01:00")), week[5]);
    }

    [Fact]
    public void ShowsANewYorkChannelInStockholmTime()
    {
        // Sunday 11 January in New York (UTC-5); Stockholm is UTC+1, six hours ahead.
        var week = OpeningHoursSchedule.WeekInZone(NewYorkOffice(), At("2026-01-11T12:00:00-05:00"), Stockholm);

        Assert.Equal(5, week.Count);
        Assert.Equal(At("2026-01-12T15:00:00+01:00"), week[0].Start);
        Assert.Equal(At("2026-01-12T23:00:00+01:00"), week[0].End);
        Assert.All(week, p => Assert.Equal(TimeSpan.FromHours(1), p.Start.Offset));
    }

    [Fact]
    public void ShowsANewYorkChannelInStockholmTimeWhileOnlyAmericaHasSprungForward()
    {
        // 9–27 March 2026 New York is on UTC-4 but Stockholm still on UTC+1: the gap shrinks to five hours.
        var week = OpeningHoursSchedule.WeekInZone(NewYorkOffice(), At("2026-03-09T12:00:00-04:00"), Stockholm);

        Assert.Equal(At("2026-03-09T14:00:00+01:00"), week[0].Start);
    }

    [Fact]
    public void ShowsANewYorkChannelInTokyoTimeAcrossTheDateLine()
    {
        // Monday 12 January 12:00 in Tokyo is still Sunday evening in New York, so the week starts on the New York Sunday.
        var week = OpeningHoursSchedule.WeekInZone(NewYorkOffice(), At("2026-01-12T12:00:00+09:00"), Tokyo);

        Assert.Equal(5, week.Count);
        // New York Monday 09:00–17:00 is Monday 23:00 to Tuesday 07:00 in Tokyo.
        Assert.Equal(At("2026-01-12T23:00:00+09:00"), week[0].Start);
        Assert.Equal(At("2026-01-13T07:00:00+09:00"), week[0].End);
        Assert.All(week, p =>
        {
            Assert.Equal(TimeSpan.FromHours(9), p.Start.Offset);
            Assert.Equal(p.Start.Date.AddDays(1), p.End.Date);
        });
    }

    [Fact]
    public void ThrowsForAnUnknownTimeZone() =>
        Assert.Throws<TimeZoneNotFoundException>(() =>
            OpeningHoursSchedule.IsOpen(new OpeningHours { TimeZoneId = "Mars/Base" }, At("2026-01-14T10:00:00Z")));
}
