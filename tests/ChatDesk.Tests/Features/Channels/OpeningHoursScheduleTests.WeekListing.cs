using System.Globalization;
using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

public partial class OpeningHoursScheduleTests
{
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
