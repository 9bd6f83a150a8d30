using System.Text.RegularExpressions;

namespace ChatDesk.Features.Conversations;

/// <summary>Splits chat text into plain parts and web addresses, so a view can show the addresses as links while
/// Blazor escapes everything else. Only absolute http and https addresses become links: never javascript:, data:
/// or anything a script could hide in.</summary>
public static partial class LinkText
{
    public static IEnumerable<(string Text, bool IsLink)> Split(string text)
    {
        var last = 0;
        foreach (Match match in Url().Matches(text))
        {
            // A sentence's closing punctuation is not part of the link.
            var value = match.Value.TrimEnd('.', ',', ')', '!', '?', ';', ':');
            if (match.Index > last) yield return (text[last..match.Index], false);
            yield return (value, IsWebAddress(value));
            last = match.Index + value.Length;
        }
        if (last < text.Length) yield return (text[last..], false);
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex Url();
}
