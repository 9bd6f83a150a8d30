using ChatDesk.Resources;
using FluentValidation;

namespace ChatDesk.Features.Faq;

/// <summary>Checks an article from the admin form or an imported file; the folder's existence is the saving service's check.</summary>
public sealed class FaqArticleValidator : AbstractValidator<FaqArticle>
{
    public FaqArticleValidator()
    {
        RuleFor(a => a.Title).NotEmpty().MaximumLength(300);
        RuleFor(a => a.Body).NotEmpty().MaximumLength(20000);
        RuleFor(a => a.Language).Must(l => l is "en" or "sv").WithMessage(_ => ValidationText.Get("LanguageChoice"));
        RuleFor(a => a.FolderId).GreaterThan(0).WithMessage(_ => ValidationText.Get("FolderNeeded"));
    }
}

public sealed class FaqFolderValidator : AbstractValidator<FaqFolder>
{
    public FaqFolderValidator()
    {
        RuleFor(f => f.Name).NotEmpty().MaximumLength(200);
        RuleFor(f => f.ParentId).NotEqual(f => f.Id).When(f => f.Id != 0 && f.ParentId is not null)
            .WithMessage(_ => ValidationText.Get("FolderOwnParent"));
    }
}
