namespace ChatDesk.Features.Channels;

/// <summary>One stretch of time during which a channel is open; <see cref="End"/> is exclusive.</summary>
public sealed record OpeningPeriod(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Answers "is the channel open?" for an <see cref="OpeningHours"/>.
/// </summary>
/// <remarks>
/// Each open day is turned into concrete periods (split around lunch) whose wall-clock bounds are mapped
/// to instants in the channel's zone; every method answers from those periods, so they always agree.
/// Conventions:
/// <list type="bullet">
/// <item>A <see cref="DayHours.Close"/> of 23:59 or later means "until midnight" (the next day's 00:00);
/// a Close of 00:00 is not midnight but an empty day, which the validator reports.</item>
/// <item>A wall-clock time skipped by a spring-forward change maps to the first instant after the gap
/// (02:30 on a 02:00→03:00 night becomes 03:00 summer time).</item>
/// <item>A wall-clock time repeated by a fall-back change maps to its first (earlier) occurrence, for opening
/// and closing alike, so staff closing at 02:30 do not "reopen" when the clocks go back.</item>
/// </list>
/// Unknown zone ids throw <see cref="TimeZoneNotFoundException"/>; run <see cref="OpeningHoursValidator"/> first.
/// </remarks>
public static class OpeningHoursSchedule
{
    /// <summary>How far <see cref="NextOpening"/> looks ahead before giving up.</summary>
    public const int SearchDays = 14;

    private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1);
    private static readonly TimeOnly MidnightClose = new(23, 59);

    /// <summary>Whether the channel is open at <paramref name="instant"/> (closed all day on holidays).</summary>
    public static bool IsOpen(OpeningHours hours, DateTimeOffset instant)
    {
        var zone = ZoneOf(hours);
        // Yesterday too, so a period is found however a DST change near midnight shifted its bounds.
        var yesterday = LocalDate(instant, zone).AddDays(-1);
        return Periods(hours, zone, yesterday, days: 2).Any(p => p.Start <= instant && instant < p.End);
    }

    /// <summary>
    /// The first instant at or after <paramref name="instant"/> when the channel is open: <paramref name="instant"/>
    /// itself when it is open already, otherwise the start of the next period within <see cref="SearchDays"/> days,
    /// or null when the channel does not open in that window.
    /// </summary>
    public static DateTimeOffset? NextOpening(OpeningHours hours, DateTimeOffset instant)
    {
        var zone = ZoneOf(hours);
        var yesterday = LocalDate(instant, zone).AddDays(-1);
        return Periods(hours, zone, yesterday, days: SearchDays + 2)
            .Where(p => p.End > instant)
            .Min(p => (DateTimeOffset?)(p.Start > instant ? p.Start : instant));
    }

    /// <summary>
    /// The opening periods of the 7 channel-zone days starting with the day that contains <paramref name="instant"/>
    /// (whole days, including periods already over), in order and expressed in <paramref name="viewerZone"/>,
    /// so a customer sees the hours in their own local time. Holidays are left out.
    /// </summary>
    public static IReadOnlyList<OpeningPeriod> WeekInZone(OpeningHours hours, DateTimeOffset instant, TimeZoneInfo viewerZone)
    {
        var zone = ZoneOf(hours);
        return Periods(hours, zone, LocalDate(instant, zone), days: 7)
            .OrderBy(p => p.Start)
            .Select(p => new OpeningPeriod(
                TimeZoneInfo.ConvertTime(p.Start, viewerZone),
                TimeZoneInfo.ConvertTime(p.End, viewerZone)))
            .ToList();
    }

    /// <summary>The effective exclusive end of a day, as time since its midnight (a whole day for 23:59).</summary>
    internal static TimeSpan ClosesAfterMidnight(DayHours day) =>
        day.Close >= MidnightClose ? EndOfDay : day.Close.ToTimeSpan();

    private static TimeZoneInfo ZoneOf(OpeningHours hours) => TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZoneId);

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static IEnumerable<OpeningPeriod> Periods(OpeningHours hours, TimeZoneInfo zone, DateOnly first, int days)
    {
        for (var date = first; date < first.AddDays(days); date = date.AddDays(1))
        {
            if (hours.Holidays.Contains(date))
                continue;
            foreach (var (from, to) in WallClockRanges(hours, date.DayOfWeek))
            {
                var period = new OpeningPeriod(ToInstant(date, from, zone), ToInstant(date, to, zone));
                // A range that lies wholly inside a spring-forward gap never happens.
                if (period.Start < period.End)
                    yield return period;
            }
        }
    }

    private static IEnumerable<(TimeSpan From, TimeSpan To)> WallClockRanges(OpeningHours hours, DayOfWeek weekday)
    {
        if (hours.AlwaysOpen)
        {
            yield return (TimeSpan.Zero, EndOfDay);
            yield break;
        }

        // Lifted comparison: false when either bound is unset; an inverted lunch must not yield overlapping halves.
        var hasLunch = hours.LunchStart < hours.LunchEnd;
        foreach (var day in hours.Days.Where(d => d.Day == weekday))
        {
            var (open, close) = (day.Open.ToTimeSpan(), ClosesAfterMidnight(day));
            (TimeSpan From, TimeSpan To)[] ranges = hasLunch
                ? [(open, Min(close, hours.LunchStart!.Value.ToTimeSpan())), (Max(open, hours.LunchEnd!.Value.ToTimeSpan()), close)]
                : [(open, close)];
            foreach (var range in ranges.Where(r => r.From < r.To))
                yield return range;
        }
    }

    /// <summary>Maps a wall-clock time on a channel-zone date to an instant (see the class remarks for gaps and overlaps).</summary>
    private static DateTimeOffset ToInstant(DateOnly date, TimeSpan sinceMidnight, TimeZoneInfo zone)
    {
        // Kind is Unspecified, so the zone methods below read it as wall-clock time in `zone`, not the server's zone.
        var local = date.ToDateTime(TimeOnly.MinValue) + sinceMidnight;

        if (zone.IsInvalidTime(local))
        {
            // Transitions fall on whole minutes, so the first valid minute is where the gap ends.
            local = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute));
            while (zone.IsInvalidTime(local))
                local = local.AddMinutes(1);
        }

        // The earlier occurrence of a repeated time is the one with the larger UTC offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
