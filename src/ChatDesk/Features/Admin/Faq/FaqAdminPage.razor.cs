using ChatDesk.Features.Faq;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>Folders on the left, the selected folder's articles (or the article being edited) on the right, and
/// import and export below. Every change goes through <see cref="FaqAdmin"/>, which checks the Actor again.</summary>
public sealed partial class FaqAdminPage : AdminPageBase
{
    private IReadOnlyList<FaqFolderRow> folders = [];
    private IReadOnlyList<FaqArticleRow> articles = [];
    private int? selectedFolder;
    private string search = "";
    private FaqArticle? editing;
    private string? notice;

    [Inject] private FaqAdmin Admin { get; set; } = default!;

    private ContentAdminText T => ContentAdminText.For(Text.Language);

    protected override Task LoadAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        folders = await Admin.FoldersAsync(Actor, Aborted);
        if (selectedFolder is { } id && folders.All(f => f.Id != id)) selectedFolder = null;
        articles = await Admin.ArticlesAsync(Actor, selectedFolder, search, Aborted);
    }

    private async Task SelectFolderAsync(int? id)
    {
        (selectedFolder, editing) = (id, null);
        await ReloadAsync();
    }

    private async Task SearchAsync(string text)
    {
        search = text;
        await ReloadAsync();
    }

    private void NewArticle()
    {
        notice = null;
        editing = new FaqArticle { FolderId = selectedFolder ?? folders.FirstOrDefault()?.Id ?? 0, Language = Text.Language };
    }

    private async Task EditAsync(int id)
    {
        notice = null;
        editing = await Admin.ArticleAsync(Actor, id, Aborted);
        if (editing is null)
        {
            notice = T["FaqArticleMissing"];
            await ReloadAsync();
        }
    }

    private async Task ArticleDoneAsync(string message)
    {
        (editing, notice) = (null, message);
        await ReloadAsync();
    }

    private async Task FoldersChangedAsync(string message)
    {
        notice = message;
        await ReloadAsync();
    }

    private async Task ImportedAsync()
    {
        editing = null;
        await ReloadAsync();
    }
}
