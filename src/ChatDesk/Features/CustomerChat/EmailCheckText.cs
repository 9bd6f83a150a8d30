using ChatDesk.Features.EmailValidation;
using ChatDesk.Resources;

namespace ChatDesk.Features.CustomerChat;

/// <summary>What a customer is told when their e-mail address is refused, naming the domain where it matters.</summary>
public static class EmailCheckText
{
    public static string? Describe(EmailCheckResult check, CustomerText text) => check.Problem switch
    {
        EmailProblem.Syntax => text["EmailInvalid"],
        EmailProblem.DomainMissing => text.Format("EmailNoDomain", check.Domain),
        EmailProblem.NullMx => text.Format("EmailNullMx", check.Domain),
        _ => null,
    };
}
