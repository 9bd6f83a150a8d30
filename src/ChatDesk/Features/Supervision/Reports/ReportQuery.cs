using System.Globalization;
using ChatDesk.Features.Supervision.Figures;

namespace ChatDesk.Features.Supervision.Reports;

/// <summary>What a report covers: whole days From..To (both included) in Zone, one channel or all.</summary>
/// <remarks>A day is a calendar day in <see cref="Zone"/> (the viewer's browser zone on the page, the
/// <c>tz</c> query value in a CSV link, UTC when none is given): a chat belongs to the day on which the
/// customer asked, in that zone.</remarks>
public sealed record ReportQuery(DateOnly From, DateOnly To, int? ChannelId, TimeZoneInfo Zone)
{
    /// <summary>A year and a day: enough for any yearly report, and a bound on what one request loads.</summary>
    public const int MaxDays = 366;

    public const string DateFormat = "yyyy-MM-dd";

    public (DateTimeOffset Start, DateTimeOffset End) Utc => LocalDay.RangeUtc(From, To, Zone);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <returns>The error key in SupervisorText, or null when the range is usable.</returns>
    public string? Problem => To < From ? "RangeBackwards" : Days > MaxDays ? "RangeTooLong" : null;

    public string QueryString => string.Join('&',
        "from=" + From.ToString(DateFormat, CultureInfo.InvariantCulture),
        "to=" + To.ToString(DateFormat, CultureInfo.InvariantCulture),
        ChannelId is { } id ? "channel=" + id.ToString(CultureInfo.InvariantCulture) : "channel=",
        "tz=" + Uri.EscapeDataString(Zone.Id));

    /// <summary>Reads the CSV link's query values; null (with the reason) when one is not usable.</summary>
    public static ReportQuery? Parse(string? from, string? to, string? channel, string? tz, out string? problem)
    {
        problem = null;
        if (!DateOnly.TryParseExact(from, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(to, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            problem = "from and to must be dates as yyyy-MM-dd.";
            return null;
        }
        int? channelId = null;
        if (!string.IsNullOrEmpty(channel))
        {
            if (!int.TryParse(channel, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                problem = "channel must be a channel id, or empty for all channels.";
                return null;
            }
            channelId = id;
        }
        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrEmpty(tz) && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out zone))
        {
            problem = "tz must be an IANA time zone such as Europe/Stockholm.";
            return null;
        }
        var query = new ReportQuery(first, last, channelId, zone!);
        if (query.Problem is not null)
        {
            problem = query.Problem == "RangeBackwards" ? "to must not be before from." : $"A report covers at most {MaxDays} days.";
            return null;
        }
        return query;
    }
}
