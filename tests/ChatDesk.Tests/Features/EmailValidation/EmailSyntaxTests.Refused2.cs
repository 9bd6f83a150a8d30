using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

public partial class EmailSyntaxTests
{
    /// <summary>Addresses for <see cref="RefusesAddressesAnSmtpServerRefuses"/>, part 2 of 2 (a data file, split by size).</summary>
    public static TheoryData<string> SmtpRefusesPart2 => new()
    {
        // isemail RFC 5322 domain literals that are not RFC 5321 address literals, and a deprecated IPv6 form
        // (#63, #65-67, #70-71, #76, #95, #112, #117, #120, #159; the file has a dozen more of the same kind).
        "test@[255.255.255]",
        "test@[255.255.255.256]",
        "test@[1111:2222:3333:4444:5555:6666:7777:8888]",
        "test@[IPv6:1111:2222:3333:4444:5555:6666:7777]",
        "test@[IPv6:1111:2222:3333:4444:5555:6666:7777:888G]",
        "test@[IPv6:1111:2222:3333:4444:5555:6666::8888]",
        "test@[IPv6:1111::4444:5555::8888]",
        "test@(comment)[255.255.255.255]",
        "test@[RFC-5322-domain-literal]",
        "test@[RFC-5322-\\]-domain-literal]",
        "test@[RFC 5322 domain literal]",
        "test@[IPv6:1::2:]",
        // Wikipedia "Email address", Examples, invalid (the current list, then earlier revisions).
        "abc.example.com",
        "a@b@c@example.com",
        "a\"b(c)d,e:f;g<h>i[j\\k]l@example.com",
        "just\"not\"right@example.com",
        "this is\"not\\allowed@example.com",
        "this\\ still\\\"not\\\\allowed@example.com",
        "1234567890123456789012345678901234567890123456789012345678901234+x@example.com",
        "i.like.underscores@but_they_are_not_allowed_in_this_part",
        "QA🍫CHOCOLATE🍫@test.com",
        "i_like_underscore@but_its_not_allowed_in_this_part.example.com",
        "john..doe@example.com",
        "john.doe@example..com",
        // Chromium ValidityState-typeMismatch-email.js, invalid addresses ("\b" is a backspace there as here).
        "invalid:email@example.com",
        "@somewhere.com",
        "example.com",
        "@@example.com",
        "a space@example.com",
        "something@ex..ample.com",
        "a\b@c",
        "someone@somewhere.com.",
        "\"\"test\blah\"\"@example.com",
        "someone@somewhere.com@",
        "someone@somewhere_com",
        "someone@some:where.com",
        ".",
        "F/s/f/a@feo+re.com",
        "some+long+email+address@some+host-weird-/looking.com",
        "a @p.com",
        "a\t@p.com",
        "a\v@p.com",
        "a\f@p.com",
        "a\u2003@p.com",
        "a\u3000@p.com",
        "ddjk-s-jk@asl-.com",
        "someone@do-.com",
        "somebody@-p.com",
        "somebody@-.com",
        "john@doe..com",
        // Chromium (WHATWG) accepts these; RFC 5321's Dot-string has no leading or doubled dot, and we only trim
        // line breaks at the ends, where Chromium strips them anywhere.
        ".wooly@example.com",
        "wo..oly@example.com",
        "a\n@p.com",
        "a\r@p.com",
        // web-platform-tests html/semantics/forms (see above): not one address.
        "abc",
        "test1@example.com,test2@example.com",
        "test1@example.com;test2@example.com",
        "user,@example.com",
        "user@e\\U000Axample.com",
        // Django tests/validators/tests.py, validate_email cases expected to fail ("abc" is listed above).
        "abc@",
        "abc@bar",
        "a @x.cz",
        "abc@.com",
        "something@@somewhere.com",
        "email@127.0.0.1",
        "email@[127.0.0.256]",
        "email@[2001:db8::12345]",
        "email@[2001:db8:0:0:0:0:1]",
        "email@[::ffff:127.0.0.256]",
        "email@[2001:dg8::1]",
        "email@[2001:dG8:0:0:0:0:0:1]",
        "email@[::fTzF:127.0.0.1]",
        "example@invalid-.com",
        "example@-invalid.com",
        "example@invalid.com-",
        "example@inv-.alid-.com",
        "example@inv-.-alid.com",
        "test@example.com\n\n<script src=\"x.js\">",
        "\"\\\n\"@here.com",
        "trailingdot@shouldfail.com.",
        "a\n@b.com",
        "\"test@test\"\n@example.com",
        // Django refuses it for the newline; we trim that and refuse the address literal.
        "a@[127.0.0.1]\n",
        // Django accepts a quoted pair with a tab (RFC 5322); RFC 5321's quoted-pairSMTP allows only %d32-126.
        "\"\\\t\"@here.com",
    };
}
