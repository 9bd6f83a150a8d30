using System.Globalization;
using System.Reflection;
using ChatDesk.Resources;
using FluentValidation;

namespace ChatDesk.Features.Channels;

/// <summary>Channel validation messages name a field by the label the admin sees beside it ("'Colour' must be a
/// colour such as #1565c0.", "Färg" in Swedish), not by its property ("'Color'"). Messages are made in the current
/// UI culture, as <see cref="ValidationText"/> sets it.</summary>
internal static class ChannelFieldNames
{
    private static readonly Type[] ChannelTypes =
        [typeof(ChatChannel), typeof(WidgetLook), typeof(PreChatForm), typeof(PostChatForm), typeof(OfflineForm), typeof(OpeningHours), typeof(DayHours)];

    // Properties whose label key is not their own name (two forms have a "Message", each with its own label).
    private static readonly Dictionary<(Type, string), string> Keys = new()
    {
        [(typeof(WidgetLook), nameof(WidgetLook.Message))] = "LookMessage",
        [(typeof(OpeningHours), nameof(OpeningHours.TimeZoneId))] = "TimeZone",
    };

    private static int installed;

    /// <summary>Adds the channel labels in front of FluentValidation's resolver, once per process.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1) return;
        var next = ValidatorOptions.Global.DisplayNameResolver;
        ValidatorOptions.Global.DisplayNameResolver = (type, member, expression) =>
            Label(type, member, CultureInfo.CurrentUICulture) ?? next(type, member, expression);
    }

    public static string? Label(Type type, MemberInfo? member, CultureInfo culture)
    {
        if (member is null || !ChannelTypes.Contains(type)) return null;
        var key = Keys.GetValueOrDefault((type, member.Name), member.Name);
        var text = ChannelAdminText.For(culture.TwoLetterISOLanguageName);
        var label = text[key];
        return label == key ? null : label;
    }
}
