using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

/// <summary>
/// Published test addresses, grouped by where they come from. Where a source classifies a case differently from
/// this rule (an RFC 5321 Mailbox, trimmed, with no address literals, dotless domains or SMTPUTF8 local parts),
/// the case sits in the group matching this rule's answer, with a comment saying why.
/// In C# literals below, \" is a quote inside the address and \\ a single backslash.
/// </summary>
public partial class EmailSyntaxTests
{
    [Theory]
    [MemberData(nameof(SmtpAcceptsPart1))]
    [MemberData(nameof(SmtpAcceptsPart2))]
    public void AcceptsAddressesAnSmtpServerAccepts(string address)
    {
        var result = EmailSyntax.Check(address);

        Assert.True(result.IsValid, $"refused with {result.Error}");
        Assert.Equal(EmailSyntaxError.None, result.Error);
        Assert.EndsWith("@" + result.Domain, result.Normalized);
    }

    [Theory]
    [MemberData(nameof(SmtpRefusesPart1))]
    [MemberData(nameof(SmtpRefusesPart2))]
    public void RefusesAddressesAnSmtpServerRefuses(string address)
    {
        var result = EmailSyntax.Check(address);

        Assert.False(result.IsValid);
        Assert.NotEqual(EmailSyntaxError.None, result.Error);
        Assert.Null(result.Normalized);
        Assert.Null(result.Domain);
    }

    [Theory]
    // RFC 5321 §4.1.1.3 lets RCPT TO name <Postmaster> with no domain.
    [InlineData("Postmaster")]
    // RFC 5321 §4.1.3 address literal, the brief's example (IPv6 documentation prefix, RFC 3849).
    [InlineData("user@[IPv6:2001:db8::1]")]
    // isemail tests.xml ISEMAIL_RFC5321_TLD, _TLDNUMERIC and _ADDRESSLITERAL (#5, #23-24, #61, #68, #77, #166) and
    // tests-original.xml (#10, #49, #216): valid for SMTP, but a dotless domain, a bare IP address or an address literal is one
    // host, not a mail domain a customer can be reached at, and cannot be checked in DNS.
    [InlineData("test@io")]
    [InlineData("test@org")]
    [InlineData("test@iana.123")]
    [InlineData("test@255.255.255.255")]
    [InlineData("test@[255.255.255.255]")]
    [InlineData("test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888]")]
    [InlineData("test@[IPv6:::]")]
    [InlineData("first.last@[12.34.56.78]")]
    [InlineData("first.last@com")]
    [InlineData("foobar@192.168.0.1")]
    // Wikipedia "Email address" lists these as valid (current list, then earlier revisions; the last was listed
    // as invalid in one revision): same reasons.
    [InlineData("admin@example")]
    [InlineData("postmaster@[123.123.123.123]")]
    [InlineData("postmaster@[IPv6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]")]
    [InlineData("_test@[IPv6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]")]
    [InlineData("admin@mailserver1")]
    [InlineData("user@localserver")]
    [InlineData("user@tt")]
    [InlineData("user@[IPv6:2001:DB8::1]")]
    [InlineData("example@localhost")]
    // Wikipedia "Email address", internationalization examples: valid with SMTPUTF8 (RFC 6531), which we do not
    // promise, so non-ASCII local parts are refused (their domains alone would be accepted as punycode).
    [InlineData("Pelé@example.com")]
    [InlineData("δοκιμή@παράδειγμα.δοκιμή")]
    [InlineData("我買@屋企.香港")]
    [InlineData("二ノ宮@黒川.日本")]
    [InlineData("медведь@с-балалайкой.рф")]
    [InlineData("संपर्क@डाटामेल.भारत")]
    // Chromium ValidityState-typeMismatch-email.js (WHATWG) lists these as valid: same reasons as isemail's.
    [InlineData("someone@127.0.0.1")]
    [InlineData("somebody@example")]
    [InlineData("ualla@ualla.127")]
    // Django tests/validators/tests.py lists these as valid (localhost through its default allowlist).
    [InlineData("email@[127.0.0.1]")]
    [InlineData("email@[2001:dB8::1]")]
    [InlineData("email@[2001:dB8:0:0:0:0:0:1]")]
    [InlineData("email@[::fffF:127.0.0.1]")]
    [InlineData("email@localhost")]
    public void RefusesAddressesSmtpAllowsButACustomerCannotBeReachedAt(string address)
    {
        var result = EmailSyntax.Check(address);

        Assert.False(result.IsValid);
        Assert.Null(result.Normalized);
    }

    [Theory]
    // The brief's examples.
    [InlineData("user@bücher.example", "user@xn--bcher-kva.example", "xn--bcher-kva.example")]
    [InlineData("user@例え.テスト", "user@xn--r8jz45g.xn--zckzah", "xn--r8jz45g.xn--zckzah")]
    // IDNA folds case in the domain only; the local part keeps its case (RFC 5321 §2.4).
    [InlineData("User@BÜCHER.Example", "User@xn--bcher-kva.example", "xn--bcher-kva.example")]
    // UTS #46 treats the ideographic full stop as a label separator.
    [InlineData("user@bücher。example", "user@xn--bcher-kva.example", "xn--bcher-kva.example")]
    // isemail #100 gives the ASCII form of ICANN's Greek IDN test name.
    [InlineData("test@παράδειγμα.δοκιμή", "test@xn--hxajbheg2az3al.xn--jxalpdlp", "xn--hxajbheg2az3al.xn--jxalpdlp")]
    // ICANN's IDN test names (example.test in each script) and their published A-labels.
    [InlineData("test@пример.испытание", "test@xn--e1afmkfd.xn--80akhbyknj4f", "xn--e1afmkfd.xn--80akhbyknj4f")]
    [InlineData("test@例子.测试", "test@xn--fsqu00a.xn--0zwm56d", "xn--fsqu00a.xn--0zwm56d")]
    [InlineData("test@例子.測試", "test@xn--fsqu00a.xn--g6w251d", "xn--fsqu00a.xn--g6w251d")]
    [InlineData("test@실례.테스트", "test@xn--9n2bp8q.xn--9t4b11yi5a", "xn--9n2bp8q.xn--9t4b11yi5a")]
    [InlineData("test@مثال.إختبار", "test@xn--mgbh0fb.xn--kgbechtv", "xn--mgbh0fb.xn--kgbechtv")]
    [InlineData("test@उदाहरण.परीक्षा", "test@xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g", "xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g")]
    // Django's IDN case.
    [InlineData("test@domain.with.idn.tld.उदाहरण.परीक्षा", "test@domain.with.idn.tld.xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g", "domain.with.idn.tld.xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g")]
    // Wikipedia's Cyrillic domain, with an ASCII local part.
    [InlineData("user@с-балалайкой.рф", "user@xn----8sbaac5cahfb0b0a.xn--p1ai", "xn----8sbaac5cahfb0b0a.xn--p1ai")]
    public void ConvertsInternationalDomainsToPunycode(string address, string normalized, string domain)
    {
        var result = EmailSyntax.Check(address);

        Assert.Equal(new EmailSyntaxResult(true, normalized, domain, EmailSyntaxError.None), result);
    }

    [Theory]
    [InlineData("FirstName.LastName@EasierReading.org", "FirstName.LastName@easierreading.org")]
    [InlineData("\"Fred Bloggs\"@Example.COM", "\"Fred Bloggs\"@example.com")]
    [InlineData("  Smith@BAR.com\r\n", "Smith@bar.com")]
    [InlineData("\u00A0test@iana.org\u00A0", "test@iana.org")]
    public void TrimsTheInputAndLowerCasesOnlyTheDomain(string address, string normalized) =>
        Assert.Equal(normalized, EmailSyntax.Check(address).Normalized);
}
