namespace ChatDesk.Features.Supervision.Figures;

/// <summary>Calendar days and hours in a chosen time zone, as UTC instants to query with.</summary>
public static class LocalDay
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static int HourOf(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).Hour;

    public static DayOfWeek WeekdayOf(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DayOfWeek;

    /// <summary>The first instant of the day. Where a clock change skips midnight (a few zones do), the day
    /// starts at the first local time that exists.</summary>
    public static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>[from's midnight, the midnight after to): both days included.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) RangeUtc(DateOnly from, DateOnly to, TimeZoneInfo zone) =>
        (StartUtc(from, zone), StartUtc(to.AddDays(1), zone));
}
