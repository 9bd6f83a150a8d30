namespace ChatDesk.Features.Supervision.Figures;

/// <summary>Requested chats per hour of the day (0–23) in the viewer's zone.</summary>
public static class HourlyLoad
{
    public static int[] Count(IEnumerable<SessionFacts> sessions, TimeZoneInfo zone)
    {
        var counts = new int[24];
        foreach (var session in sessions.Where(s => s.Requested))
            counts[LocalDay.HourOf(session.CreatedAt, zone)]++;
        return counts;
    }

    /// <summary>The mean per hour over several days (e.g. the same weekday of the last four weeks); a day
    /// without chats counts as zero, so quiet days pull the average down as they should.</summary>
    public static double[] Average(IReadOnlyList<int[]> days)
    {
        var average = new double[24];
        if (days.Count == 0) return average;
        for (var hour = 0; hour < 24; hour++)
            average[hour] = Math.Round(days.Sum(d => d[hour]) / (double)days.Count, 2);
        return average;
    }
}
