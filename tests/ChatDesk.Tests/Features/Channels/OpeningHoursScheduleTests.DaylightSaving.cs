using System.Globalization;
using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

public partial class OpeningHoursScheduleTests
{
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
}
