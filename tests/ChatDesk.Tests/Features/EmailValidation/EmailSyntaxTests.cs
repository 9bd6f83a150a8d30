using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

/// <summary>
/// Published test addresses, grouped by where they come from. Where a source classifies a case differently from
/// this rule (an RFC 5321 Mailbox, trimmed, with no address literals, dotless domains or SMTPUTF8 local parts),
/// the case sits in the group matching this rule's answer, with a comment saying why.
/// In C# literals below, \" is a quote inside the address and \\ a single backslash.
/// </summary>
public class EmailSyntaxTests
{
    [Theory]
    // RFC 3696 §3, as corrected by verified errata 246 (quoting needs a quoted string).
    [InlineData("\"Abc\\@def\"@example.com")]
    [InlineData("\"Fred\\ Bloggs\"@example.com")]
    [InlineData("\"Joe.\\\\Blow\"@example.com")]
    [InlineData("\"Abc@def\"@example.com")]
    [InlineData("\"Fred Bloggs\"@example.com")]
    [InlineData("customer/department=shipping@example.com")]
    [InlineData("$A12345@example.com")]
    [InlineData("!def!xyz%abc@example.com")]
    [InlineData("_somename@example.com")]
    // RFC 3696 errata 3563: its quoted form is valid ("\B" is a quoted pair); its unquoted forms are refused below.
    [InlineData("\" Joe.\\Blow\"@example.com")]
    // RFC 5321 Appendix D.1 and §4.1.1.3 (the mailbox after the source route).
    [InlineData("Smith@bar.com")]
    [InlineData("Jones@foo.com")]
    [InlineData("Green@foo.com")]
    [InlineData("Brown@foo.com")]
    [InlineData("userc@d.bar.org")]
    // RFC 5322 Appendix A: the addr-specs of its sample messages.
    [InlineData("jdoe@machine.example")]
    [InlineData("mary@example.net")]
    [InlineData("john.q.public@example.com")]
    [InlineData("mary@x.test")]
    [InlineData("jdoe@example.org")]
    [InlineData("one@y.test")]
    [InlineData("boss@nil.test")]
    [InlineData("sysservices@example.net")]
    [InlineData("pete@silly.example")]
    [InlineData("c@a.test")]
    [InlineData("joe@where.test")]
    [InlineData("jdoe@one.test")]
    [InlineData("smith@home.example")]
    [InlineData("j-brown@other.example")]
    [InlineData("jdoe@node.example")]
    [InlineData("joe@example.org")]
    // Dominic Sayers' isemail tests.xml 3.05, ISEMAIL_VALID and ISEMAIL_DNSWARN (the syntax is fine; DNS is
    // checked elsewhere): #8-14, #19, #21-22, #25, #27, #29, #32-33, #37-38, #100-101, #167-168.
    [InlineData("test@iana.org")]
    [InlineData("test@nominet.org.uk")]
    [InlineData("test@about.museum")]
    [InlineData("a@iana.org")]
    [InlineData("test@e.com")]
    [InlineData("test@iana.a")]
    [InlineData("test.test@iana.org")]
    [InlineData("!#$%&`*+/=?^`{|}~@iana.org")]
    [InlineData("123@iana.org")]
    [InlineData("test@123.com")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@iana.org")] // 64-octet local part
    [InlineData("test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.com")] // 63-octet label
    [InlineData("test@mason-dixon.com")]
    [InlineData("test@c--n.com")]
    [InlineData("test@iana.co-uk")]
    [InlineData("a@a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghi")] // 254 octets
    [InlineData("test@xn--hxajbheg2az3al.xn--jxalpdlp")]
    [InlineData("xn--test@iana.org")]
    [InlineData("test@test.com")]
    [InlineData("test@nic.no")]
    // isemail ISEMAIL_RFC5321_QUOTEDSTRING (#42-43, #45-46, #48, #55): RFC 5321 quoted strings, the empty one included.
    [InlineData("\"test\"@iana.org")]
    [InlineData("\"\"@iana.org")]
    [InlineData("\"\\a\"@iana.org")]
    [InlineData("\"\\\"\"@iana.org")]
    [InlineData("\"\\\\\"@iana.org")]
    [InlineData("\"test\\ test\"@iana.org")]
    // isemail folding white space and CR/LF only around the address (#88-89, #99, #127-128, #132, #141-158).
    // Differs from isemail, which flags or refuses these: we trim surrounding whitespace first, because a pasted
    // address often carries a space or line break, and the customer meant the address inside it.
    [InlineData(" test@iana.org")]
    [InlineData("test@iana.org ")]
    [InlineData("\r\n test@iana.org")]
    [InlineData(" \r\n test@iana.org")]
    [InlineData("test@iana.org\r\n ")]
    [InlineData("test@iana.org \r\n ")]
    [InlineData("\r\n \r\n test@iana.org")]
    [InlineData("test@iana.org\r\n \r\n ")]
    [InlineData("\r\ntest@iana.org")]
    [InlineData("\r\n \r\ntest@iana.org")]
    [InlineData(" \r\ntest@iana.org")]
    [InlineData(" \r\n \r\ntest@iana.org")]
    [InlineData(" \r\n\r\ntest@iana.org")]
    [InlineData(" \r\n\r\n test@iana.org")]
    [InlineData("test@iana.org\r\n")]
    [InlineData("test@iana.org\r\n \r\n")]
    [InlineData("test@iana.org \r\n")]
    [InlineData("test@iana.org \r\n \r\n")]
    [InlineData("test@iana.org \r\n\r\n")]
    [InlineData("test@iana.org \r\n\r\n ")]
    [InlineData("test@iana.org\r")]
    [InlineData("\rtest@iana.org")]
    [InlineData("test@iana.org\n")]
    [InlineData("\ntest@iana.org")]
    // isemail tests-original.xml (its earlier suite, gathered from RFC 3696, Doug Lovell, Dave Child, Phil Haack,
    // Paul Gregg and others), ISEMAIL_VALID, _DNSWARN and _RFC5321_QUOTEDSTRING: #1-2, #4, #6-9, #18-20, #28, #53-63,
    // #66, #68, #84-91, #93, #95-96, #99-100, #109, #121-122, #125, #127-129, #134-137, #147-148, #150, #188, #193,
    // #202-204, #209-212, #214, #217, #220-221, #229, #279.
    [InlineData("first.last@iana.org")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234@iana.org")]
    [InlineData("\"first\\\"last\"@iana.org")]
    [InlineData("\"first@last\"@iana.org")]
    [InlineData("\"first\\\\last\"@iana.org")]
    [InlineData("x@x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x23456789.x2")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901@12345678901234567890123456789012345678901234567890123456789.12345678901234567890123456789012345678901234567890123456789.123456789012345678901234567890123456789012345678901234567890123.iana.org")]
    [InlineData("first.last@x23456789012345678901234567890123456789012345678901234567890123.iana.org")]
    [InlineData("first.last@3com.com")]
    [InlineData("first.last@123.iana.org")]
    [InlineData("\"first\\last\"@iana.org")]
    [InlineData("\"Abc\\@def\"@iana.org")]
    [InlineData("\"Fred\\ Bloggs\"@iana.org")]
    [InlineData("\"Joe.\\\\Blow\"@iana.org")]
    [InlineData("\"Abc@def\"@iana.org")]
    [InlineData("\"Fred Bloggs\"@iana.org")]
    [InlineData("user+mailbox@iana.org")]
    [InlineData("customer/department=shipping@iana.org")]
    [InlineData("$A12345@iana.org")]
    [InlineData("!def!xyz%abc@iana.org")]
    [InlineData("_somename@iana.org")]
    [InlineData("dclo@us.ibm.com")]
    [InlineData("peter.piper@iana.org")]
    [InlineData("\"Doug \\\"Ace\\\" L.\"@iana.org")]
    [InlineData("TEST@iana.org")]
    [InlineData("1234567890@iana.org")]
    [InlineData("test+test@iana.org")]
    [InlineData("test-test@iana.org")]
    [InlineData("t*est@iana.org")]
    [InlineData("+1~1+@iana.org")]
    [InlineData("{_test_}@iana.org")]
    [InlineData("\"[[ test ]]\"@iana.org")]
    [InlineData("\"test.test\"@iana.org")]
    [InlineData("\"test@test\"@iana.org")]
    [InlineData("test@123.123.123.x123")]
    [InlineData("test@example.iana.org")]
    [InlineData("test@example.example.iana.org")]
    [InlineData("\"test\\test\"@iana.org")]
    [InlineData("\"test\\\\blah\"@iana.org")]
    [InlineData("\"test\\blah\"@iana.org")]
    [InlineData("\"test\\\"blah\"@iana.org")]
    [InlineData("customer/department@iana.org")]
    [InlineData("_Yosemite.Sam@iana.org")]
    [InlineData("~@iana.org")]
    [InlineData("\"Austin@Powers\"@iana.org")]
    [InlineData("Ima.Fool@iana.org")]
    [InlineData("\"Ima.Fool\"@iana.org")]
    [InlineData("\"Ima Fool\"@iana.org")]
    [InlineData("\"first.middle.last\"@iana.org")]
    [InlineData("\"first..last\"@iana.org")]
    [InlineData("\"first\\\\\\\"last\"@iana.org")]
    [InlineData("name.lastname@domain.com")]
    [InlineData("a@bar.com")]
    [InlineData("a-b@bar.com")]
    [InlineData("+@b.c")]
    [InlineData("+@b.com")]
    [InlineData("a@b.co-foo.uk")]
    [InlineData("\"hello my name is\"@stutter.com")]
    [InlineData("\"Test \\\"Fail\\\" Ing\"@iana.org")]
    [InlineData("valid@about.museum")]
    [InlineData("shaitan@my-domain.thisisminekthx")]
    [InlineData("\"Joe\\\\Blow\"@iana.org")]
    [InlineData("user%uucp!path@berkeley.edu")]
    [InlineData("\"first(last)\"@iana.org")]
    [InlineData("cdburgess+!#$%&'*-/=?+_{}|~test@gmail.com")]
    [InlineData("test@xn--example.com")]
    // tests-original.xml #278 refuses the trailing newline; we trim it.
    [InlineData("test@example.com\n")]
    // Wikipedia "Email address", Examples, valid (the current list, then earlier revisions).
    [InlineData("simple@example.com")]
    [InlineData("very.common@example.com")]
    [InlineData("FirstName.LastName@EasierReading.org")]
    [InlineData("x@example.com")]
    [InlineData("long.email-address-with-hyphens@and.subdomains.example.com")]
    [InlineData("user.name+tag+sorting@example.com")]
    [InlineData("name/surname@example.com")]
    [InlineData("example@s.example")]
    [InlineData("\" \"@example.org")]
    [InlineData("\"john..doe\"@example.org")]
    [InlineData("mailhost!username@example.org")]
    [InlineData("\"very.(),:;<>[]\\\".VERY.\\\"very@\\\\ \\\"very\\\".unusual\"@strange.example.com")]
    [InlineData("user%example.com@example.org")]
    [InlineData("user-@example.org")]
    [InlineData("disposable.style.email.with+symbol@example.com")]
    [InlineData("other.email-with-hyphen@example.com")]
    [InlineData("fully-qualified-domain@example.com")]
    [InlineData("example-indeed@strange-example.com")]
    [InlineData("test/test@test.com")]
    [InlineData("#!$%&'*+-/=?^_`{}|~@example.org")]
    [InlineData("\"()<>[]:,;@\\\\\\\"!#$%&'-/=?^_`{}| ~.a\"@example.org")]
    [InlineData("\"much.more unusual\"@example.com")]
    [InlineData("\"very.unusual.@.unusual.com\"@example.com")]
    // Chromium web_tests fast/forms/resources/ValidityState-typeMismatch-email.js, valid addresses.
    [InlineData("something@something.com")]
    [InlineData("someone@localhost.localdomain")]
    [InlineData("a@b.b")]
    [InlineData("a/b@domain.com")]
    [InlineData("{}@domain.com")]
    [InlineData("m*'!%@something.sa")]
    [InlineData("tu!!7n7.ad##0!!!@company.ca")]
    [InlineData("%@com.com")]
    [InlineData("!#$%&'*+/=?^_`{|}~.-@com.com")]
    [InlineData("someone@do-ma-in.com")]
    [InlineData("john@doe.com")]
    [InlineData("a@b.c")]
    [InlineData("a/b@c.c")]
    [InlineData("F/s/f/a@feo-re.com")]
    [InlineData("m*'@a.b")]
    [InlineData("\na@p.com\n")]
    [InlineData("\ra@p.com\r")]
    [InlineData(" a@p.com")]
    [InlineData("a@p.com ")]
    [InlineData(" a@p.com ")]
    [InlineData("\ta@p.com\t")]
    [InlineData("\fa@p.com\f")]
    // Chromium lists these as invalid; we accept them. HTML strips only ASCII whitespace, we trim any (a vertical
    // tab, an em space or an ideographic space from an input method is still just padding); and WHATWG's
    // "valid e-mail address" has no quoted strings, which RFC 5321 has.
    [InlineData("\va@p.com\v")]
    [InlineData("\u2003a@p.com\u2003")]
    [InlineData("\u3000a@p.com\u3000")]
    [InlineData("\"testblah\"@example.com")]
    // web-platform-tests html/semantics/forms (constraints/form-validation-validity-typeMismatch.html and
    // the-input-element/email.html); the last two are sanitized there and trimmed here.
    [InlineData("test@example.com")]
    [InlineData("\n\r \t test@example.com \n\r \t")]
    [InlineData("user@example.com")]
    [InlineData("user1@example.com")]
    [InlineData("user2@test.com")]
    [InlineData("user4@example.com")]
    [InlineData("user2@example.com\n")]
    [InlineData("user3@example.com\r")]
    // Django tests/validators/tests.py, validate_email cases expected to pass.
    [InlineData("email@here.com")]
    [InlineData("weirder-email@here.and.there.com")]
    [InlineData("example@valid-----hyphens.com")]
    [InlineData("example@valid-with-hyphens.com")]
    [InlineData("test@domain.with.idn.tld.उदाहरण.परीक्षा")]
    [InlineData("\"test@test\"@example.com")]
    // Django refuses a trailing newline; we trim it.
    [InlineData("a@b.com\n")]
    public void AcceptsAddressesAnSmtpServerAccepts(string address)
    {
        var result = EmailSyntax.Check(address);

        Assert.True(result.IsValid, $"refused with {result.Error}");
        Assert.Equal(EmailSyntaxError.None, result.Error);
        Assert.EndsWith("@" + result.Domain, result.Normalized);
    }

    [Theory]
    // RFC 3696 §3 as first published, kept by errata 3563: a backslash outside quotes is not RFC 5321 syntax
    // (errata 246 corrects the examples; errata 4002 notes that 3563 is wrong).
    [InlineData("Abc\\@def@example.com")]
    [InlineData("Fred\\ Bloggs@example.com")]
    [InlineData("Joe.\\\\Blow@example.com")]
    // RFC 5321 §4.1.1.3: a source route belongs to the Path, not the Mailbox.
    [InlineData("@hosta.int,@jkl.org:userc@d.bar.org")]
    // RFC 5322 Appendix A: display names, groups, comments, obsolete routes and obsolete spaces are message-header
    // syntax, never an SMTP Mailbox.
    [InlineData("John Doe <jdoe@machine.example>")]
    [InlineData("Mary Smith <mary@x.test>")]
    [InlineData("\"Joe Q. Public\" <john.q.public@example.com>")]
    [InlineData("\"Giant; \\\"Big\\\" Box\" <sysservices@example.net>")]
    [InlineData("A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;")]
    [InlineData("Undisclosed recipients:;")]
    [InlineData("pete(his account)@silly.test(his host)")]
    [InlineData("c@(Chris's host.)public.example")]
    [InlineData("@node.test:mary@example.net")]
    [InlineData("jdoe@test  . example")]
    [InlineData("jdoe@machine(comment).  example")]
    // isemail tests.xml, ISEMAIL_ERR: #2-4, #6-7, #15-18, #20, #30-31, #34-36, #44, #47, #49-53, #57, #62, #91,
    // #94, #102, #104-110, #113-114, #118-119, #123, #129-131, #133, #135-137, #160.
    [InlineData("test")]
    [InlineData("@")]
    [InlineData("test@")]
    [InlineData("@io")]
    [InlineData("@iana.org")]
    [InlineData(".test@iana.org")]
    [InlineData("test.@iana.org")]
    [InlineData("test..iana.org")]
    [InlineData("test_exa-mple.com")]
    [InlineData("test\\@test@iana.org")]
    [InlineData("test@-iana.org")]
    [InlineData("test@iana-.com")]
    [InlineData("test@.iana.org")]
    [InlineData("test@iana.org.")]
    [InlineData("test@iana..com")]
    [InlineData("\"\"\"@iana.org")]
    [InlineData("\"\\\"@iana.org")]
    [InlineData("test\"@iana.org")]
    [InlineData("\"test@iana.org")]
    [InlineData("\"test\"test@iana.org")]
    [InlineData("test\"text\"@iana.org")]
    [InlineData("\"test\"\"test\"@iana.org")]
    [InlineData("\"test\0\"@iana.org")]
    [InlineData("test@a[255.255.255.255]")]
    [InlineData("((comment)test@iana.org")]
    [InlineData("test(comment)test@iana.org")]
    [InlineData("test@iana.org-")]
    [InlineData("(test@iana.org")]
    [InlineData("test@(iana.org")]
    [InlineData("test@[1.2.3.4")]
    [InlineData("\"test\\\"@iana.org")]
    [InlineData("(comment\\)test@iana.org")]
    [InlineData("test@iana.org(comment\\)")]
    [InlineData("test@iana.org(comment\\")]
    [InlineData("test@[RFC-5322]-domain-literal]")]
    [InlineData("test@[RFC-5322-[domain-literal]")]
    [InlineData("test@[RFC-5322-domain-literal\\]")]
    [InlineData("test@[RFC-5322-domain-literal\\")]
    [InlineData("test@.org")]
    [InlineData("\"\rtest\"@iana.org")]
    [InlineData("(\r)test@iana.org")]
    [InlineData("test@iana.org(\r)")]
    [InlineData("\"\n\"@iana.org")]
    [InlineData("(\n)test@iana.org")]
    [InlineData("\a@iana.org")]
    [InlineData("test@\a.org")]
    [InlineData("\"test\\©\"@iana.org")]
    // isemail ISEMAIL_RFC5322 length limits (#26, #28, #39-41) and quoted local parts over 64 octets (#59-60).
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklmn@iana.org")]
    [InlineData("test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm.com")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij")]
    [InlineData("a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hij")]
    [InlineData("a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hijk")]
    [InlineData("\"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghj\"@iana.org")]
    [InlineData("\"abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefg\\h\"@iana.org")]
    // isemail ISEMAIL_DEPREC, ISEMAIL_CFWS and ISEMAIL_RFC5322_DOMAIN (#54, #56, #58, #85-87, #90, #92-93, #96-98,
    // #126, #134, #138-140, #161, #165). isemail accepts these with a warning; this rule refuses comments, folding
    // white space inside the address, obsolete local parts and control characters even when quoted, because
    // RFC 5321 (what the SMTP server will actually be sent) has none of them.
    [InlineData("\"test\".\"test\"@iana.org")]
    [InlineData("\"test\".test@iana.org")]
    [InlineData("\"test\\\0\"@iana.org")]
    [InlineData(" test @iana.org")]
    [InlineData("test@ iana .com")]
    [InlineData("test . test@iana.org")]
    [InlineData("(comment)test@iana.org")]
    [InlineData("(comment(comment))test@iana.org")]
    [InlineData("test@(comment)iana.org")]
    [InlineData("(comment)abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@iana.org")]
    [InlineData("test@(comment)abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.com")]
    [InlineData("(comment)test@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghik.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghik.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk.abcdefghijklmnopqrstuvwxyzabcdefghijk.abcdefghijklmnopqrstu")]
    [InlineData("()test@iana.org")]
    [InlineData("\"\\\n\"@iana.org")]
    [InlineData("\"\a\"@iana.org")]
    [InlineData("\"\\\a\"@iana.org")]
    [InlineData("(\a)test@iana.org")]
    [InlineData("test@iana/icann.org")]
    [InlineData("test.(comment)test@iana.org")]
    // isemail RFC 5322 domain literals that are not RFC 5321 address literals, and a deprecated IPv6 form
    // (#63, #65-67, #70-71, #76, #95, #112, #117, #120, #159; the file has a dozen more of the same kind).
    [InlineData("test@[255.255.255]")]
    [InlineData("test@[255.255.255.256]")]
    [InlineData("test@[1111:2222:3333:4444:5555:6666:7777:8888]")]
    [InlineData("test@[IPv6:1111:2222:3333:4444:5555:6666:7777]")]
    [InlineData("test@[IPv6:1111:2222:3333:4444:5555:6666:7777:888G]")]
    [InlineData("test@[IPv6:1111:2222:3333:4444:5555:6666::8888]")]
    [InlineData("test@[IPv6:1111::4444:5555::8888]")]
    [InlineData("test@(comment)[255.255.255.255]")]
    [InlineData("test@[RFC-5322-domain-literal]")]
    [InlineData("test@[RFC-5322-\\]-domain-literal]")]
    [InlineData("test@[RFC 5322 domain literal]")]
    [InlineData("test@[IPv6:1::2:]")]
    // Wikipedia "Email address", Examples, invalid (the current list, then earlier revisions).
    [InlineData("abc.example.com")]
    [InlineData("a@b@c@example.com")]
    [InlineData("a\"b(c)d,e:f;g<h>i[j\\k]l@example.com")]
    [InlineData("just\"not\"right@example.com")]
    [InlineData("this is\"not\\allowed@example.com")]
    [InlineData("this\\ still\\\"not\\\\allowed@example.com")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234+x@example.com")]
    [InlineData("i.like.underscores@but_they_are_not_allowed_in_this_part")]
    [InlineData("QA🍫CHOCOLATE🍫@test.com")]
    [InlineData("i_like_underscore@but_its_not_allowed_in_this_part.example.com")]
    [InlineData("john..doe@example.com")]
    [InlineData("john.doe@example..com")]
    // Chromium ValidityState-typeMismatch-email.js, invalid addresses ("\b" is a backspace there as here).
    [InlineData("invalid:email@example.com")]
    [InlineData("@somewhere.com")]
    [InlineData("example.com")]
    [InlineData("@@example.com")]
    [InlineData("a space@example.com")]
    [InlineData("something@ex..ample.com")]
    [InlineData("a\b@c")]
    [InlineData("someone@somewhere.com.")]
    [InlineData("\"\"test\blah\"\"@example.com")]
    [InlineData("someone@somewhere.com@")]
    [InlineData("someone@somewhere_com")]
    [InlineData("someone@some:where.com")]
    [InlineData(".")]
    [InlineData("F/s/f/a@feo+re.com")]
    [InlineData("some+long+email+address@some+host-weird-/looking.com")]
    [InlineData("a @p.com")]
    [InlineData("a\t@p.com")]
    [InlineData("a\v@p.com")]
    [InlineData("a\f@p.com")]
    [InlineData("a\u2003@p.com")]
    [InlineData("a\u3000@p.com")]
    [InlineData("ddjk-s-jk@asl-.com")]
    [InlineData("someone@do-.com")]
    [InlineData("somebody@-p.com")]
    [InlineData("somebody@-.com")]
    [InlineData("john@doe..com")]
    // Chromium (WHATWG) accepts these; RFC 5321's Dot-string has no leading or doubled dot, and we only trim
    // line breaks at the ends, where Chromium strips them anywhere.
    [InlineData(".wooly@example.com")]
    [InlineData("wo..oly@example.com")]
    [InlineData("a\n@p.com")]
    [InlineData("a\r@p.com")]
    // web-platform-tests html/semantics/forms (see above): not one address.
    [InlineData("abc")]
    [InlineData("test1@example.com,test2@example.com")]
    [InlineData("test1@example.com;test2@example.com")]
    [InlineData("user,@example.com")]
    [InlineData("user@e\\U000Axample.com")]
    // Django tests/validators/tests.py, validate_email cases expected to fail ("abc" is listed above).
    [InlineData("abc@")]
    [InlineData("abc@bar")]
    [InlineData("a @x.cz")]
    [InlineData("abc@.com")]
    [InlineData("something@@somewhere.com")]
    [InlineData("email@127.0.0.1")]
    [InlineData("email@[127.0.0.256]")]
    [InlineData("email@[2001:db8::12345]")]
    [InlineData("email@[2001:db8:0:0:0:0:1]")]
    [InlineData("email@[::ffff:127.0.0.256]")]
    [InlineData("email@[2001:dg8::1]")]
    [InlineData("email@[2001:dG8:0:0:0:0:0:1]")]
    [InlineData("email@[::fTzF:127.0.0.1]")]
    [InlineData("example@invalid-.com")]
    [InlineData("example@-invalid.com")]
    [InlineData("example@invalid.com-")]
    [InlineData("example@inv-.alid-.com")]
    [InlineData("example@inv-.-alid.com")]
    [InlineData("test@example.com\n\n<script src=\"x.js\">")]
    [InlineData("\"\\\n\"@here.com")]
    [InlineData("trailingdot@shouldfail.com.")]
    [InlineData("a\n@b.com")]
    [InlineData("\"test@test\"\n@example.com")]
    // Django refuses it for the newline; we trim that and refuse the address literal.
    [InlineData("a@[127.0.0.1]\n")]
    // Django accepts a quoted pair with a tab (RFC 5322); RFC 5321's quoted-pairSMTP allows only %d32-126.
    [InlineData("\"\\\t\"@here.com")]
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

    private sealed class PreChatForm
    {
        public string? Email { get; set; }
        public string Backup { get; set; } = "";
    }

    private static InlineValidator<PreChatForm> FormValidator()
    {
        var validator = new InlineValidator<PreChatForm>();
        validator.RuleFor(f => f.Email).MailboxAddress();
        validator.RuleFor(f => f.Backup).MailboxAddress().When(f => f.Backup.Length > 0);
        return validator;
    }

    [Fact]
    public void MailboxAddressRulePassesAnAddressTheSyntaxAccepts() =>
        Assert.True(FormValidator().Validate(new PreChatForm { Email = " user@bücher.example " }).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("user@localhost")]
    [InlineData("John Doe <jdoe@machine.example>")]
    public void MailboxAddressRuleFailsWithTheEmailSyntaxErrorCode(string? email)
    {
        var failure = Assert.Single(FormValidator().Validate(new PreChatForm { Email = email, Backup = "" }).Errors);

        Assert.Equal("Email", failure.PropertyName);
        Assert.Equal("EmailSyntax", failure.ErrorCode);
        Assert.Equal("Enter a valid e-mail address, like name@example.com.", failure.ErrorMessage);
    }

    [Fact]
    public void MailboxAddressRuleAlsoWorksOnANonNullableProperty()
    {
        var failure = Assert.Single(FormValidator().Validate(new PreChatForm { Email = "a@b.example", Backup = "not an address" }).Errors);

        Assert.Equal("Backup", failure.PropertyName);
    }
}
