using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>Edits a copy of one article with a live preview rendered like the customer's article page. An invalid
/// save keeps everything typed and shows each problem at its field.</summary>
public sealed partial class FaqArticleEditor
{
    private static readonly FaqArticleValidator Rules = new();
    private IReadOnlyList<ValidationFailure> errors = [];
    private string saved = "";
    private bool busy, confirmingDelete;

    [Inject] private FaqAdmin Admin { get; set; } = default!;
    [Parameter, EditorRequired] public FaqArticle Article { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<FaqFolderRow> Folders { get; set; } = [];
    [Parameter, EditorRequired] public StaffActor Actor { get; set; } = default!;
    /// <summary>Called with the notice to show after a save or delete.</summary>
    [Parameter] public EventCallback<string> OnDone { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }
    [CascadingParameter] private StaffText Text { get; set; } = StaffText.For("en");

    private ContentAdminText T => ContentAdminText.For(Text.Language);

    protected override void OnInitialized() => saved = Article.Title;

    private string? FieldError(string property) => errors.For(T, property);

    private async Task SaveAsync()
    {
        errors = FormErrors.Check(Rules, Article, T.Culture);
        if (errors.Count > 0) return;
        busy = true;
        try
        {
            var change = await Admin.SaveArticleAsync(Actor, Article, Aborted);
            errors = change.Errors;
            if (change.Succeeded) await OnDone.InvokeAsync(T.Format("ArticleSaved", Article.Title.Trim()));
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DeleteAsync()
    {
        busy = true;
        try
        {
            var change = await Admin.DeleteArticleAsync(Actor, Article.Id, Aborted);
            (errors, confirmingDelete) = (change.Errors, false);
            if (change.Succeeded) await OnDone.InvokeAsync(T.Format("ArticleDeleted", saved));
        }
        finally
        {
            busy = false;
        }
    }
}
