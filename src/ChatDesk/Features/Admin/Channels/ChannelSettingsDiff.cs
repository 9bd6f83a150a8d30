using System.Globalization;
using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>
/// A readable list of what differs between two versions of a channel, one line per setting
/// ("PreChat.FaqSuggestions: True → False"), for the audit log.
/// </summary>
public static class ChannelSettingsDiff
{
    private const int MaxValue = 80;

    public static string Describe(ChatChannel before, ChatChannel after, Func<string, string> memberName)
    {
        var old = Flatten(before, memberName);
        var now = Flatten(after, memberName);
        var lines = old.Keys.Union(now.Keys)
            .Where(key => old.GetValueOrDefault(key, "") != now.GetValueOrDefault(key, ""))
            .Select(key => $"{key}: {Show(old.GetValueOrDefault(key))} → {Show(now.GetValueOrDefault(key))}");
        return string.Join("\n", lines);
    }

    /// <summary>Every setting as path → text, nested forms by their path, members by name.</summary>
    public static Dictionary<string, string> Flatten(ChatChannel channel, Func<string, string> memberName)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in typeof(ChatChannel).GetProperties())
        {
            var value = property.GetValue(channel);
            switch (value)
            {
                case OpeningHours hours:
                    AddHours(values, hours);
                    break;
                case List<ChannelMember> members:
                    foreach (var member in members)
                        values[$"Members.{memberName(member.UserId)}"] = Permissions(member);
                    break;
                case WidgetLook or PreChatForm or PostChatForm or OfflineForm:
                    foreach (var inner in value.GetType().GetProperties())
                        values[$"{property.Name}.{inner.Name}"] = Text(inner.GetValue(value));
                    break;
                default:
                    if (property.Name != nameof(ChatChannel.Id)) values[property.Name] = Text(value);
                    break;
            }
        }
        return values;
    }

    private static void AddHours(Dictionary<string, string> values, OpeningHours hours)
    {
        values["Hours.TimeZoneId"] = hours.TimeZoneId;
        values["Hours.AlwaysOpen"] = Text(hours.AlwaysOpen);
        values["Hours.Days"] = string.Join(", ", hours.Days.OrderBy(d => ((int)d.Day + 6) % 7)
            .Select(d => $"{d.Day.ToString()[..3]} {d.Open:HH\\:mm}–{d.Close:HH\\:mm}"));
        values["Hours.Lunch"] = hours.LunchStart is null && hours.LunchEnd is null ? "" : $"{Text(hours.LunchStart)}–{Text(hours.LunchEnd)}";
        values["Hours.Holidays"] = string.Join(", ", hours.Holidays.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static string Permissions(ChannelMember member)
    {
        var granted = new List<string>();
        if (member.CanRespond) granted.Add("can respond");
        if (member.Notifications) granted.Add("notifications");
        if (member.CanListenIn) granted.Add("can listen in");
        if (member.IsManager) granted.Add("manager");
        return granted.Count == 0 ? "member" : string.Join(", ", granted);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Show(string? value) => value switch
    {
        null or "" => "(none)",
        { Length: > MaxValue } => value[..(MaxValue - 1)] + "…",
        _ => value,
    };
}
