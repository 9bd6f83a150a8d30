using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

public partial class EmailSyntaxTests
{
    [Theory]
    [InlineData(null, EmailSyntaxError.Empty)]
    [InlineData("", EmailSyntaxError.Empty)]
    [InlineData(" \r\n\t", EmailSyntaxError.Empty)]
    [InlineData("test", EmailSyntaxError.MissingAt)]
    [InlineData("example.com", EmailSyntaxError.MissingAt)]
    [InlineData("@iana.org", EmailSyntaxError.LocalPartInvalid)]
    [InlineData(".test@iana.org", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("john..doe@example.com", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("Abc\\@def@example.com", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("\"test\"test@iana.org", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("\"test\\\"@iana.org", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("\"\\\t\"@here.com", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("(comment)test@iana.org", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("Pelé@example.com", EmailSyntaxError.LocalPartInvalid)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklmn@iana.org", EmailSyntaxError.LocalPartTooLong)]
    [InlineData("\"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghj\"@iana.org", EmailSyntaxError.LocalPartTooLong)]
    [InlineData("test@", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@-iana.org", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@iana-.com", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@iana..com", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@iana.org.", EmailSyntaxError.DomainInvalid)]
    [InlineData("someone@somewhere_com", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@iana.123", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@255.255.255.255", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@[255.255.255.255]", EmailSyntaxError.DomainInvalid)]
    [InlineData("user@[IPv6:2001:db8::1]", EmailSyntaxError.DomainInvalid)]
    [InlineData("user@bü_cher.example", EmailSyntaxError.DomainInvalid)]
    [InlineData("user@-bücher.example", EmailSyntaxError.DomainInvalid)]
    [InlineData("user@bücher.example.", EmailSyntaxError.DomainInvalid)]
    [InlineData("user@bücher.123", EmailSyntaxError.DomainInvalid)]
    [InlineData("test@io", EmailSyntaxError.DomainNeedsDot)]
    [InlineData("admin@example", EmailSyntaxError.DomainNeedsDot)]
    [InlineData("email@localhost", EmailSyntaxError.DomainNeedsDot)]
    [InlineData("user@bücher", EmailSyntaxError.DomainNeedsDot)]
    [InlineData("test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm.com", EmailSyntaxError.LabelTooLong)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij", EmailSyntaxError.TooLong)]
    public void ReportsWhyAnAddressIsRefused(string? address, EmailSyntaxError expected)
    {
        var result = EmailSyntax.Check(address);

        Assert.Equal(new EmailSyntaxResult(false, null, null, expected), result);
    }

    public static TheoryData<string, EmailSyntaxError> LengthBoundaries()
    {
        static string Run(char c, int count) => new(c, count);
        return new()
        {
            // RFC 5321 §4.5.3.1.1: local part at most 64 octets, quotes included.
            { Run('a', 64) + "@example.com", EmailSyntaxError.None },
            { Run('a', 65) + "@example.com", EmailSyntaxError.LocalPartTooLong },
            { "\"" + Run('a', 62) + "\"@example.com", EmailSyntaxError.None },
            { "\"" + Run('a', 63) + "\"@example.com", EmailSyntaxError.LocalPartTooLong },
            // RFC 1035 §2.3.4: a label is at most 63 octets.
            { "a@" + Run('b', 63) + ".com", EmailSyntaxError.None },
            { "a@" + Run('b', 64) + ".com", EmailSyntaxError.LabelTooLong },
            // RFC 5321 §4.5.3.1.3 path of 256 octets less "<" and ">" (RFC 3696 errata 1690): 254 in all.
            { Run('a', 64) + "@" + Run('b', 63) + "." + Run('c', 63) + "." + Run('d', 61), EmailSyntaxError.None },
            { Run('a', 64) + "@" + Run('b', 63) + "." + Run('c', 63) + "." + Run('d', 62), EmailSyntaxError.TooLong },
            // Django tests/validators/tests.py builds these in code as well.
            { "example@atm." + Run('a', 63), EmailSyntaxError.None },
            { "example@" + Run('a', 63) + ".atm", EmailSyntaxError.None },
            { "example@" + Run('a', 63) + "." + Run('b', 10) + ".atm", EmailSyntaxError.None },
            { "example@atm." + Run('a', 64), EmailSyntaxError.LabelTooLong },
            { "example@" + Run('b', 64) + ".atm." + Run('a', 63), EmailSyntaxError.LabelTooLong },
            { "example@" + string.Concat(Enumerable.Repeat(Run('a', 63) + ".", 100)) + "com", EmailSyntaxError.TooLong },
            { "a@" + Run('a', 63) + ".us", EmailSyntaxError.None },
            { "a@" + Run('a', 64) + ".us", EmailSyntaxError.LabelTooLong },
            // Octets are counted after punycode: 252 characters as typed, 258 as sent.
            { Run('a', 64) + "@ü." + Run('b', 63) + "." + Run('c', 63) + "." + Run('d', 57), EmailSyntaxError.TooLong },
            // A 59-character Unicode label is 66 octets as punycode; IDNA itself refuses it.
            { "user@ü" + Run('a', 58) + ".com", EmailSyntaxError.DomainInvalid },
        };
    }

    [Theory]
    [MemberData(nameof(LengthBoundaries))]
    public void EnforcesTheLengthLimitsInOctets(string address, EmailSyntaxError expected) =>
        Assert.Equal(expected, EmailSyntax.Check(address).Error);

    [Fact]
    public void RefusesHugeHostileInputInOnePass()
    {
        // Inputs that make backtracking e-mail regexes run for minutes; a single pass answers at once.
        Assert.Equal(EmailSyntaxError.LocalPartInvalid, EmailSyntax.Check(string.Concat(Enumerable.Repeat("a.", 100_000)) + "@x.com").Error);
        Assert.Equal(EmailSyntaxError.LocalPartInvalid, EmailSyntax.Check("\"" + new string('\\', 200_001) + "@x.com").Error);
        Assert.Equal(EmailSyntaxError.LocalPartTooLong, EmailSyntax.Check(new string('a', 200_000) + "@x.com").Error);
        Assert.Equal(EmailSyntaxError.TooLong, EmailSyntax.Check("a@" + string.Concat(Enumerable.Repeat("b-c.", 100_000)) + "com").Error);
        Assert.Equal(EmailSyntaxError.DomainInvalid, EmailSyntax.Check("a@" + string.Concat(Enumerable.Repeat("ü.", 100_000)) + "com").Error);
    }
}
