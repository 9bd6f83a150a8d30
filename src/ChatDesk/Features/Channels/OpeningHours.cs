namespace ChatDesk.Features.Channels;

/// <summary>When a channel is staffed, in the channel's own IANA time zone.</summary>
public sealed class OpeningHours
{
    /// <summary>IANA zone id, e.g. "Europe/Stockholm". Day times below are wall-clock times in this zone.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Open around the clock; Days and Lunch are ignored, Holidays still close the channel.</summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>One entry per open weekday; a weekday without an entry is closed.</summary>
    public List<DayHours> Days { get; set; } = [];

    /// <summary>Optional daily break (same every open day), inside the day's hours.</summary>
    public TimeOnly? LunchStart { get; set; }
    public TimeOnly? LunchEnd { get; set; }

    /// <summary>Whole days (in the channel's zone) on which the channel is closed.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
}

public sealed class DayHours
{
    public DayOfWeek Day { get; set; }
    public TimeOnly Open { get; set; }
    /// <summary>Exclusive end; TimeOnly.MaxValue-ish 23:59 means "until midnight".</summary>
    public TimeOnly Close { get; set; }
}
