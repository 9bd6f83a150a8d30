using System.Globalization;
using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

public partial class OpeningHoursScheduleTests
{
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
}
