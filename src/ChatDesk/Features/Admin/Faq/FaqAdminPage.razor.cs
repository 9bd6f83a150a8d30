using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>Folders on the left, the selected folder's articles (or the article being edited) on the right, and
/// import and export below. Every change goes through <see cref="FaqAdmin"/>, which checks the actor again.</summary>
public sealed partial class FaqAdminPage
{
    private StaffActor actor = new("", "", new HashSet<string>());
    private IReadOnlyList<FaqFolderRow> folders = [];
    private IReadOnlyList<FaqArticleRow> articles = [];
    private int? selectedFolder;
    private string search = "";
    private FaqArticle? editing;
    private string? notice;
    private bool loaded;

    [Inject] private FaqAdmin Admin { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Text { get; set; } = StaffText.For("en");

    private ContentAdminText T => ContentAdminText.For(Text.Language);

    protected override async Task OnInitializedAsync()
    {
        actor = StaffActor.From((await Auth).User);
        await ReloadAsync();
        loaded = true;
    }

    private async Task ReloadAsync()
    {
        folders = await Admin.FoldersAsync(actor, CancellationToken.None);
        if (selectedFolder is { } id && folders.All(f => f.Id != id)) selectedFolder = null;
        articles = await Admin.ArticlesAsync(actor, selectedFolder, search, CancellationToken.None);
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
        editing = await Admin.ArticleAsync(actor, id, CancellationToken.None);
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
