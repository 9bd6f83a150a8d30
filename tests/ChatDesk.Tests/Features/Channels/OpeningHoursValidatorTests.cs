using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

public class OpeningHoursValidatorTests
{
    private readonly OpeningHoursValidator _validator = new();

    private static OpeningHours Good() => new()
    {
        TimeZoneId = "Europe/Stockholm",
        Days =
        [
            new() { Day = DayOfWeek.Monday, Open = new(8, 0), Close = new(17, 0) },
            new() { Day = DayOfWeek.Tuesday, Open = new(8, 0), Close = new(23, 59) },
        ],
        LunchStart = new(12, 0),
        LunchEnd = new(13, 0),
        Holidays = [new(2026, 12, 24)],
    };

    private IReadOnlyList<string> Problems(OpeningHours hours) =>
        _validator.Validate(hours).Errors.Select(e => e.ErrorMessage).ToList();

    [Fact]
    public void AcceptsAGoodSchedule() => Assert.Empty(Problems(Good()));

    [Fact]
    public void AcceptsAnAlwaysOpenChannelWithoutDays() =>
        Assert.Empty(Problems(new OpeningHours { TimeZoneId = "America/New_York", AlwaysOpen = true }));

    [Fact]
    public void NamesAnUnknownTimeZone()
    {
        var hours = Good();
        hours.TimeZoneId = "Mars/Base";

        var failure = Assert.Single(_validator.Validate(hours).Errors);

        Assert.Equal("TimeZoneId", failure.PropertyName);
        // The field's label opens the message ("'Time zone'" once the channel labels are installed), so only the rest is fixed.
        Assert.EndsWith("' must be a known time zone such as Europe/Stockholm; 'Mars/Base' is not one.", failure.ErrorMessage);
    }

    [Fact]
    public void NamesAnEmptyTimeZone()
    {
        var hours = Good();
        hours.TimeZoneId = "";

        Assert.Equal(["TimeZoneId must be an IANA time zone id such as 'Europe/Stockholm'"], Problems(hours));
    }

    [Fact]
    public void NamesTheDayWhoseCloseIsNotAfterOpen()
    {
        var hours = Good();
        hours.Days[1].Close = new(7, 0);

        var failure = Assert.Single(_validator.Validate(hours).Errors);

        Assert.Equal("Days[1].Close", failure.PropertyName);
        Assert.Equal("Days[1].Close must be after Open (use 23:59 for midnight)", failure.ErrorMessage);
    }

    [Fact]
    public void RejectsMidnightWrittenAsZeroHundred()
    {
        var hours = Good();
        hours.Days[0].Close = new(0, 0);

        Assert.Equal(["Days[0].Close must be after Open (use 23:59 for midnight)"], Problems(hours));
    }

    [Fact]
    public void NamesAWeekdayThatIsNotADayOfTheWeek()
    {
        var hours = Good();
        hours.Days[0].Day = (DayOfWeek)9;

        Assert.Equal(["Days[0].Day must be a day of the week"], Problems(hours));
    }

    [Fact]
    public void NamesTheRepeatOfAWeekday()
    {
        var hours = Good();
        hours.Days.Add(new DayHours { Day = DayOfWeek.Monday, Open = new(18, 0), Close = new(20, 0) });

        Assert.Equal(["Days[2] repeats Monday; each weekday may appear only once"], Problems(hours));
    }

    [Fact]
    public void NamesAMissingDayEntry()
    {
        var hours = Good();
        hours.Days.Add(null!);

        Assert.Equal(["Days[2] must not be empty"], Problems(hours));
    }

    [Fact]
    public void NamesALunchThatEndsBeforeItStarts()
    {
        var hours = Good();
        hours.LunchEnd = new(11, 0);

        Assert.Equal(["LunchEnd must be after LunchStart"], Problems(hours));
    }

    [Fact]
    public void NamesAHalfSetLunch()
    {
        var withoutEnd = Good();
        withoutEnd.LunchEnd = null;
        var withoutStart = Good();
        withoutStart.LunchStart = null;

        Assert.Equal(["LunchEnd must be set when LunchStart is"], Problems(withoutEnd));
        Assert.Equal(["LunchStart must be set when LunchEnd is"], Problems(withoutStart));
    }

    [Fact]
    public void ReportsEveryBadFieldAtOnce()
    {
        var hours = Good();
        hours.TimeZoneId = "Mars/Base";
        hours.Days[0].Close = new(7, 0);
        hours.LunchEnd = new(11, 0);

        var paths = _validator.Validate(hours).Errors.Select(e => e.PropertyName);

        Assert.Equal(["TimeZoneId", "Days[0].Close", "LunchEnd"], paths);
    }
}
