using System.Text.RegularExpressions;
using ChatDesk.Resources;

namespace ChatDesk.Features.Admin;

/// <summary>An audit entry as an admin reads it in their language. Entries are stored in one neutral form
/// ("updated", "Look.Color: #111111 → (none)") so they never change; the page translates the action, the setting
/// names (by the labels the channel form shows) and "(none)" when it shows them.</summary>
public static partial class AuditText
{
    public static string Action(StaffAdminText t, string action)
    {
        var key = "AuditAction_" + action.Replace(' ', '-');
        var text = t[key];
        return text == key ? action : text;
    }

    /// <summary>Each "Setting: before → after" line or part of a channel entry with its setting's label; "(none)"
    /// in any entry in the viewer's language; other text as stored.</summary>
    public static string Details(StaffAdminText t, string area, string details)
    {
        var labels = area == "channel" ? ChannelAdminText.For(t.Language) : null;
        var none = t["Audit_None"];
        return Change().Replace(details, m =>
        {
            var path = m.Groups["path"].Value;
            return (labels is null ? path : Label(labels, path)) + ": " + m.Groups["rest"].Value.Replace("(none)", none, StringComparison.Ordinal);
        });
    }

    // "Look.Color" → the label of Color on the look tab ("Colour", "Färg"); a path without a label stays as it is.
    private static string Label(ChannelAdminText labels, string path)
    {
        var last = path.Split('.').Last();
        var key = path == "Look.Message" ? "LookMessage" : last;
        var label = labels[key];
        return label == key ? path : label;
    }

    [GeneratedRegex(@"(?<=^|\n|; )(?<path>[A-Z][A-Za-z]*(\.[A-Z][A-Za-z]*)*): (?<rest>[^\n;]*)")]
    private static partial Regex Change();
}
