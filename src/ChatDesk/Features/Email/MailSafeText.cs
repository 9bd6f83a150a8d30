using System.Text.RegularExpressions;

namespace ChatDesk.Features.Email;

/// <summary>Makes text a stranger typed safe to echo in a mail the app sends on their behalf (the ticket
/// confirmation): no markup, and nothing a mail program turns into a link. Otherwise the request form would mail
/// anyone a link of the sender's choosing under the company's name.</summary>
public static partial class MailSafeText
{
    /// <summary>Tags and comments removed (their text stays); every link, e-mail address or bare host name defanged
    /// ("example.com/x" becomes "example[.]com/x", "https://" becomes "https[:]//") so it reads but does not click.</summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var withoutMarkup = Markup().Replace(text, "");
        return Linkish().Replace(withoutMarkup, m => m.Value.Replace(".", "[.]").Replace(":", "[:]"));
    }

    [GeneratedRegex(@"<!--.*?-->|</?[a-zA-Z!][^<>]*>", RegexOptions.Singleline)]
    private static partial Regex Markup();

    // A link with a scheme mail programs act on, "www." anything, or a host name (word.word…tld) with its path;
    // e-mail addresses are caught by their domain part.
    [GeneratedRegex(@"(?i)\b(?:(?:https?|ftp|file|mailto|javascript|data|tel|sms|news|ssh|sftp|smb|irc):\S+|www\.\S*|(?:[\p{L}\p{N}_-]+\.)+\p{L}{2,}\b\S*)")]
    private static partial Regex Linkish();
}
