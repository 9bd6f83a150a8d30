using FluentValidation;

namespace ChatDesk.Features.EmailValidation;

public static class MailboxAddressRule
{
    public const string ErrorCode = "EmailSyntax";

    /// <summary>English default; callers localize it with their own WithMessage, keyed on <see cref="ErrorCode"/>.</summary>
    public const string DefaultMessage = "Enter a valid e-mail address, like name@example.com.";

    /// <summary>
    /// The value must pass <see cref="EmailSyntax.Check"/>. A blank value fails too (as <see cref="EmailSyntaxError.Empty"/>),
    /// so for an optional field add <c>.When(x => !string.IsNullOrWhiteSpace(...))</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MailboxAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => EmailSyntax.Check(value).IsValid)
            .WithErrorCode(ErrorCode)
            .WithMessage(DefaultMessage);
}
