using ChatDesk.Resources;
using FluentValidation;

namespace ChatDesk.Features.Email;

/// <summary>Checks a reply template from the admin form or an imported file.</summary>
public sealed class ReplyTemplateValidator : AbstractValidator<ReplyTemplate>
{
    public ReplyTemplateValidator()
    {
        RuleFor(t => t.Name).NotEmpty().MaximumLength(200);
        RuleFor(t => t.Language).Must(l => l is "en" or "sv").WithMessage(_ => ValidationText.Get("LanguageChoice"));
        RuleFor(t => t.Subject).MaximumLength(300)
            .NotEmpty().When(t => t.System is not null).WithMessage(_ => ValidationText.Get("SubjectNeeded"));
        RuleFor(t => t.Body).NotEmpty().MaximumLength(20000);
        RuleFor(t => t.System).IsInEnum().When(t => t.System is not null);
    }
}
