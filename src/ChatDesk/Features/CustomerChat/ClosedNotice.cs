using System.Globalization;
using ChatDesk.Features.Channels;
using ChatDesk.Resources;

namespace ChatDesk.Features.CustomerChat;

/// <summary>Why a customer cannot start a chat: the channel's hours are over, or they are not but nobody who may
/// answer is present. "Closed" inside opening hours would not be true.</summary>
public enum ClosedReason { OutsideHours, NobodyAvailable }

/// <summary>What the closed page says, in the channel's language: a heading, one sentence on what the customer can
/// do, and the week's opening hours in the customer's zone with that zone named.</summary>
public sealed record ClosedNotice(string Heading, string Message, string? ZoneLine, IReadOnlyList<OpeningDayLine> Days)
{
    public static ClosedReason ReasonAt(ChatChannel channel, DateTimeOffset now) =>
        OpeningHoursSchedule.IsOpen(channel.Hours, now) ? ClosedReason.NobodyAvailable : ClosedReason.OutsideHours;

    public static ClosedNotice For(ChatChannel channel, CustomerText text, DateTimeOffset now, TimeZoneInfo viewerZone)
    {
        var reason = ReasonAt(channel, now);
        var offline = channel.Offline;
        // The channel's own heading says "closed"; inside opening hours the standard "no one is available" does.
        var heading = reason == ClosedReason.OutsideHours && !string.IsNullOrWhiteSpace(offline.Header) ? offline.Header : text[reason == ClosedReason.OutsideHours ? "Closed" : "NoAgents"];
        var message = !offline.TicketSubmission
            ? text[reason == ClosedReason.OutsideHours ? "ComeBackLater" : "TryAgainLater"]
            : string.IsNullOrWhiteSpace(offline.Message) ? text["LeaveRequestIntro"] : offline.Message;
        if (channel.Hours.AlwaysOpen) return new(heading, message, null, []);
        var channelZone = TimeZoneInfo.FindSystemTimeZoneById(channel.Hours.TimeZoneId);
        var days = OpeningHoursText.Days(OpeningHoursSchedule.WeekInZone(channel.Hours, now, viewerZone), channelZone, text.Culture);
        return new(heading, message, text.Format("HoursZone", OpeningHoursText.ZoneName(viewerZone, now)), days);
    }
}

/// <summary>One day of opening hours as shown: "Monday 7 December" and "08:00–12:00, 13:00–17:00".</summary>
public sealed record OpeningDayLine(string Day, string Times);

public static class OpeningHoursText
{
    /// <summary>Groups the periods by their day; a period that runs to midnight in the channel's zone (a 23:59 close)
    /// shows its last minute, 23:59, as the admin typed it, rather than the next day's 00:00.</summary>
    public static IReadOnlyList<OpeningDayLine> Days(IReadOnlyList<OpeningPeriod> periods, TimeZoneInfo channelZone, CultureInfo culture) =>
        [.. periods.GroupBy(p => p.Start.Date).Select(day => new OpeningDayLine(
            day.Key.ToString("dddd d MMMM", culture),
            string.Join(", ", day.Select(p => $"{p.Start:HH:mm}–{Close(p, channelZone):HH:mm}"))))];

    /// <summary>The zone's IANA name and its offset at <paramref name="now"/>: "Europe/Stockholm (UTC+01:00)".</summary>
    public static string ZoneName(TimeZoneInfo zone, DateTimeOffset now)
    {
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    private static DateTimeOffset Close(OpeningPeriod period, TimeZoneInfo channelZone) =>
        TimeZoneInfo.ConvertTime(period.End, channelZone).TimeOfDay == TimeSpan.Zero ? period.End.AddMinutes(-1) : period.End;
}
