using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

public partial class EmailSyntaxTests
{
    /// <summary>Addresses for <see cref="RefusesAddressesAnSmtpServerRefuses"/>, part 1 of 2 (a data file, split by size).</summary>
    public static TheoryData<string> SmtpRefusesPart1 => new()
    {
        // RFC 3696 §3 as first published, kept by errata 3563: a backslash outside quotes is not RFC 5321 syntax
        // (errata 246 corrects the examples; errata 4002 notes that 3563 is wrong).
        "Abc\\@def@example.com",
        "Fred\\ Bloggs@example.com",
        "Joe.\\\\Blow@example.com",
        // RFC 5321 §4.1.1.3: a source route belongs to the Path, not the Mailbox.
        "@hosta.int,@jkl.org:userc@d.bar.org",
        // RFC 5322 Appendix A: display names, groups, comments, obsolete routes and obsolete spaces are message-header
        // syntax, never an SMTP Mailbox.
        "John Doe <jdoe@machine.example>",
        "Mary Smith <mary@x.test>",
        "\"Joe Q. Public\" <john.q.public@example.com>",
        "\"Giant; \\\"Big\\\" Box\" <sysservices@example.net>",
        "A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;",
        "Undisclosed recipients:;",
        "pete(his account)@silly.test(his host)",
        "c@(Chris's host.)public.example",
        "@node.test:mary@example.net",
        "jdoe@test  . example",
        "jdoe@machine(comment).  example",
        // isemail tests.xml, ISEMAIL_ERR: #2-4, #6-7, #15-18, #20, #30-31, #34-36, #44, #47, #49-53, #57, #62, #91,
        // #94, #102, #104-110, #113-114, #118-119, #123, #129-131, #133, #135-137, #160.
        "test",
        "@",
        "test@",
        "@io",
        "@iana.org",
        ".test@iana.org",
        "test.@iana.org",
        "test..iana.org",
        "test_exa-mple.com",
        "test\\@test@iana.org",
        "test@-iana.org",
        "test@iana-.com",
        "test@.iana.org",
        "test@iana.org.",
        "test@iana..com",
        "\"\"\"@iana.org",
        "\"\\\"@iana.org",
        "test\"@iana.org",
        "\"test@iana.org",
        "\"test\"test@iana.org",
        "test\"text\"@iana.org",
        "\"test\"\"test\"@iana.org",
        "\"test\0\"@iana.org",
        "test@a[255.255.255.255]",
        "((comment)test@iana.org",
        "test(comment)test@iana.org",
        "test@iana.org-",
        "(test@iana.org",
        "test@(iana.org",
        "test@[1.2.3.4",
        "\"test\\\"@iana.org",
        "(comment\\)test@iana.org",
        "test@iana.org(comment\\)",
        "test@iana.org(comment\\",
        "test@[RFC-5322]-domain-literal]",
        "test@[RFC-5322-[domain-literal]",
        "test@[RFC-5322-domain-literal\\]",
        "test@[RFC-5322-domain-literal\\",
        "test@.org",
        "\"\rtest\"@iana.org",
        "(\r)test@iana.org",
        "test@iana.org(\r)",
        "\"\n\"@iana.org",
        "(\n)test@iana.org",
        "\a@iana.org",
        "test@\a.org",
        "\"test\\©\"@iana.org",
        // isemail ISEMAIL_RFC5322 length limits (#26, #28, #39-41) and quoted local parts over 64 octets (#59-60).
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklmn@iana.org",
        "test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm.com",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij",
        "a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hij",
        "a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hijk",
        "\"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghj\"@iana.org",
        "\"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefg\\h\"@iana.org",
        // isemail ISEMAIL_DEPREC, ISEMAIL_CFWS and ISEMAIL_RFC5322_DOMAIN (#54, #56, #58, #85-87, #90, #92-93, #96-98,
        // #126, #134, #138-140, #161, #165). isemail accepts these with a warning; this rule refuses comments, folding
        // white space inside the address, obsolete local parts and control characters even when quoted, because
        // RFC 5321 (what the SMTP server will actually be sent) has none of them.
        "\"test\".\"test\"@iana.org",
        "\"test\".test@iana.org",
        "\"test\\\0\"@iana.org",
        " test @iana.org",
        "test@ iana .com",
        "test . test@iana.org",
        "(comment)test@iana.org",
        "(comment(comment))test@iana.org",
        "test@(comment)iana.org",
        "(comment)abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@iana.org",
        "test@(comment)abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.com",
        "(comment)test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghik.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghik.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk.abcdefghijklmnopqrstuvwxyzabcdefghijk.abcdefghijklmnopqrstu",
        "()test@iana.org",
        "\"\\\n\"@iana.org",
        "\"\a\"@iana.org",
        "\"\\\a\"@iana.org",
        "(\a)test@iana.org",
        "test@iana/icann.org",
        "test.(comment)test@iana.org",
    };
}
