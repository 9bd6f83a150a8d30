using ChatDesk.Features.EmailValidation;
using FluentValidation;

namespace ChatDesk.Tests.Features.EmailValidation;

public partial class EmailSyntaxTests
{
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
