using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

public partial class EmailSyntaxTests
{
    /// <summary>Addresses for <see cref="AcceptsAddressesAnSmtpServerAccepts"/>, part 2 of 2 (a data file, split by size).</summary>
    public static TheoryData<string> SmtpAcceptsPart2 => new()
    {
        // tests-original.xml #278 refuses the trailing newline; we trim it.
        "test@example.com\n",
        // Wikipedia "Email address", Examples, valid (the current list, then earlier revisions).
        "simple@example.com",
        "very.common@example.com",
        "FirstName.LastName@EasierReading.org",
        "x@example.com",
        "long.email-address-with-hyphens@and.subdomains.example.com",
        "user.name+tag+sorting@example.com",
        "name/surname@example.com",
        "example@s.example",
        "\" \"@example.org",
        "\"john..doe\"@example.org",
        "mailhost!username@example.org",
        "\"very.(),:;<>[]\\\".VERY.\\\"very@\\\\ \\\"very\\\".unusual\"@strange.example.com",
        "user%example.com@example.org",
        "user-@example.org",
        "disposable.style.email.with+symbol@example.com",
        "other.email-with-hyphen@example.com",
        "fully-qualified-domain@example.com",
        "example-indeed@strange-example.com",
        "test/test@test.com",
        "#!$%&'*+-/=?^_`{}|~@example.org",
        "\"()<>[]:,;@\\\\\\\"!#$%&'-/=?^_`{}| ~.a\"@example.org",
        "\"much.more unusual\"@example.com",
        "\"very.unusual.@.unusual.com\"@example.com",
        // Chromium web_tests fast/forms/resources/ValidityState-typeMismatch-email.js, valid addresses.
        "something@something.com",
        "someone@localhost.localdomain",
        "a@b.b",
        "a/b@domain.com",
        "{}@domain.com",
        "m*'!%@something.sa",
        "tu!!7n7.ad##0!!!@company.ca",
        "%@com.com",
        "!#$%&'*+/=?^_`{|}~.-@com.com",
        "someone@do-ma-in.com",
        "john@doe.com",
        "a@b.c",
        "a/b@c.c",
        "F/s/f/a@feo-re.com",
        "m*'@a.b",
        "\na@p.com\n",
        "\ra@p.com\r",
        " a@p.com",
        "a@p.com ",
        " a@p.com ",
        "\ta@p.com\t",
        "\fa@p.com\f",
        // Chromium lists these as invalid; we accept them. HTML strips only ASCII whitespace, we trim any (a vertical
        // tab, an em space or an ideographic space from an input method is still just padding); and WHATWG's
        // "valid e-mail address" has no quoted strings, which RFC 5321 has.
        "\va@p.com\v",
        "\u2003a@p.com\u2003",
        "\u3000a@p.com\u3000",
        "\"testblah\"@example.com",
        // web-platform-tests html/semantics/forms (constraints/form-validation-validity-typeMismatch.html and
        // the-input-element/email.html); the last two are sanitized there and trimmed here.
        "test@example.com",
        "\n\r \t test@example.com \n\r \t",
        "user@example.com",
        "user1@example.com",
        "user2@test.com",
        "user4@example.com",
        "user2@example.com\n",
        "user3@example.com\r",
        // Django tests/validators/tests.py, validate_email cases expected to pass.
        "email@here.com",
        "weirder-email@here.and.there.com",
        "example@valid-----hyphens.com",
        "example@valid-with-hyphens.com",
        "test@domain.with.idn.tld.उदाहरण.परीक्षा",
        "\"test@test\"@example.com",
        // Django refuses a trailing newline; we trim it.
        "a@b.com\n",
    };
}
