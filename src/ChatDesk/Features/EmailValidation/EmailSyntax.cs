using System.Globalization;
using System.Text;

namespace ChatDesk.Features.EmailValidation;

/// <summary>Why <see cref="EmailSyntax.Check"/> refused an address; <see cref="None"/> when it accepted it.</summary>
public enum EmailSyntaxError
{
    None,
    Empty,
    /// <summary>More than 254 octets in all (after punycode).</summary>
    TooLong,
    MissingAt,
    LocalPartInvalid,
    /// <summary>More than 64 octets before the '@'.</summary>
    LocalPartTooLong,
    DomainInvalid,
    /// <summary>A single-label domain such as "localhost".</summary>
    DomainNeedsDot,
    /// <summary>A domain label of more than 63 octets.</summary>
    LabelTooLong,
}

/// <param name="Normalized">local@domain with the domain in lower-case ASCII; null when refused.</param>
/// <param name="Domain">The ASCII (punycode) domain, ready for DNS; null when refused.</param>
public sealed record EmailSyntaxResult(bool IsValid, string? Normalized, string? Domain, EmailSyntaxError Error);

/// <summary>
/// The syntax a customer's e-mail address must pass: an RFC 5321 Mailbox (§4.1.2) as an SMTP server takes it in
/// RCPT TO, minus what a customer cannot really be reached at. A hand-written single pass, O(n), no regex.
/// </summary>
/// <remarks>
/// Deliberately refused although RFC 5321 allows them: address literals ("user@[192.0.2.1]", "[IPv6:...]") and
/// single-label domains ("user@localhost"), which name one host rather than a mail domain we could check in DNS;
/// an all-digit top-level label ("user@1.2.3.4"), which is an IP address without its brackets; and non-ASCII local
/// parts, which need SMTPUTF8 (RFC 6531), an extension not every mail server on the way offers. Internationalized
/// domains are accepted and converted to punycode, a form every SMTP server takes.
/// </remarks>
public static class EmailSyntax
{
    // RFC 5321 §4.5.3.1.1 and RFC 1035 §2.3.4; 254 is the 256-octet path of §4.5.3.1.3 less its "<" and ">"
    // (RFC 3696 errata 1690).
    private const int MaxLocalPart = 64, MaxLabel = 63, MaxAddress = 254;

    // atext (RFC 5322 §3.2.3, used by RFC 5321's Atom) besides letters and digits.
    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

    public static EmailSyntaxResult Check(string? input)
    {
        // People paste addresses with a stray space or newline around them; inside the address whitespace stays an error.
        var address = input?.Trim();
        if (string.IsNullOrEmpty(address)) return Refused(EmailSyntaxError.Empty);

        // The last '@' is the separator: a quoted local part may contain '@', a domain never does.
        int at = address.LastIndexOf('@');
        if (at < 0) return Refused(EmailSyntaxError.MissingAt);
        var local = address.AsSpan(0, at);

        if (!IsDotString(local) && !IsQuotedString(local)) return Refused(EmailSyntaxError.LocalPartInvalid);
        if (local.Length > MaxLocalPart) return Refused(EmailSyntaxError.LocalPartTooLong);

        if (ToAscii(address[(at + 1)..]) is not { } domain) return Refused(EmailSyntaxError.DomainInvalid);
        var domainError = CheckDomain(domain);
        if (domainError != EmailSyntaxError.None) return Refused(domainError);

        // Only now is the length in octets known: punycode is longer than the Unicode domain it encodes.
        if (local.Length + 1 + domain.Length > MaxAddress) return Refused(EmailSyntaxError.TooLong);
        return new(true, string.Concat(local, "@", domain), domain, EmailSyntaxError.None);
    }

    private static EmailSyntaxResult Refused(EmailSyntaxError error) => new(false, null, null, error);

    // Dot-string = Atom *("." Atom): no leading, trailing or doubled dot. Being ASCII-only also refuses SMTPUTF8.
    private static bool IsDotString(ReadOnlySpan<char> local)
    {
        bool afterDot = true; // the start counts as "just after a dot", so a leading dot fails
        foreach (char c in local)
        {
            if (c == '.')
            {
                if (afterDot) return false;
                afterDot = true;
            }
            else if (char.IsAsciiLetterOrDigit(c) || AtextSymbols.Contains(c)) afterDot = false;
            else return false;
        }
        return !afterDot; // refuses a trailing dot and the empty local part
    }

    // Quoted-string = DQUOTE *(qtextSMTP / quoted-pairSMTP) DQUOTE. Both halves allow only %d32-126, so control
    // characters (tab, CR, LF, NUL...) are refused even after a backslash, unlike RFC 5322's obsolete syntax.
    private static bool IsQuotedString(ReadOnlySpan<char> local)
    {
        if (local.Length < 2 || local[0] != '"' || local[^1] != '"') return false;
        for (int i = 1; i < local.Length - 1; i++)
        {
            char c = local[i];
            if (c == '\\')
                c = ++i < local.Length - 1 ? local[i] : '\0'; // a backslash before the closing quote leaves it open
            else if (c == '"')
                return false;
            if (c is < ' ' or > '~') return false;
        }
        return true;
    }

    // An address literal starts with '[', which no domain label may contain: refused here on purpose (see remarks).
    private static string? ToAscii(string domain)
    {
        if (Ascii.IsValid(domain)) return domain.ToLowerInvariant();
        try
        {
            // UTS #46 through ICU: maps width and compatibility forms, refuses disallowed code points, writes "xn--"
            // labels. Lower-casing first keeps "BÜCHER" right under InvariantGlobalization too, which has no ICU.
            return new IdnMapping { UseStd3AsciiRules = true, AllowUnassigned = false }.GetAscii(domain.ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return null; // includes labels that would be too long once encoded
        }
    }

    // RFC 5321 Domain = sub-domain *("." sub-domain); sub-domain = Let-dig [Ldh-str], so a label is letters, digits
    // and hyphens and neither starts nor ends with a hyphen. Also rejects what the remarks say we refuse.
    private static EmailSyntaxError CheckDomain(string domain)
    {
        int start = 0;
        bool allDigits = true;
        for (int i = 0; i <= domain.Length; i++)
        {
            if (i < domain.Length && domain[i] != '.')
            {
                char c = domain[i];
                if (!char.IsAsciiLetterOrDigit(c) && c != '-') return EmailSyntaxError.DomainInvalid;
                allDigits &= char.IsAsciiDigit(c);
                continue;
            }
            // A label just ended; an empty one means a leading, doubled or trailing dot.
            if (i == start || domain[start] == '-' || domain[i - 1] == '-') return EmailSyntaxError.DomainInvalid;
            if (i - start > MaxLabel) return EmailSyntaxError.LabelTooLong;
            if (i < domain.Length)
            {
                start = i + 1;
                allDigits = true;
            }
        }
        if (start == 0) return EmailSyntaxError.DomainNeedsDot;
        return allDigits ? EmailSyntaxError.DomainInvalid : EmailSyntaxError.None;
    }
}
