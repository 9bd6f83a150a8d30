using System.Globalization;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>The IANA time zones an admin can pick for a channel's opening hours, searchable by any part of the
/// id ("Stock" finds Europe/Stockholm; "new york" finds America/New_York), each shown with its offset now.</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<string>> All = new(Load);

    public static IReadOnlyList<string> Ids => All.Value;

    public static IEnumerable<string> Search(string? text, int max = 50)
    {
        var wanted = Normal(text);
        return Ids.Where(id => wanted.Length == 0 || Normal(id).Contains(wanted, StringComparison.OrdinalIgnoreCase)).Take(max);
    }

    /// <summary>"Europe/Stockholm (UTC+01:00)"; an id the system does not know is shown as typed.</summary>
    public static string Label(string? id, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(id)) return "";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return id;
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{id} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    private static string Normal(string? text) => (text ?? "").Trim().Replace(' ', '_');

    private static IReadOnlyList<string> Load()
    {
        // On Windows the system list holds Windows ids; channels store IANA ids, so those are converted.
        var ids = TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : null)
            .OfType<string>()
            .Append("UTC");
        return [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
