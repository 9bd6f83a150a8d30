using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Admin.Faq;

public sealed partial class FaqAdminTests : IDisposable
{
    private readonly FaqAdminWorld world = new();
    private readonly FaqFolder support;

    public FaqAdminTests() => support = world.Database.Folder("Support FAQ");

    public void Dispose() => world.Dispose();

    private FaqAdmin Admin => world.Service;

    private static FaqArticle Article(FaqFolder folder, string title = "How do I descale the kettle?",
        string body = "Fill the kettle with vinegar and boil it twice.") =>
        new() { FolderId = folder.Id, Language = "en", Title = title, Body = body };

    [Fact]
    public async Task AgentsAndSupervisorsAreRefusedEveryFaqAction()
    {
        var article = world.Database.Article(support, "en", "Existing", "Body");
        foreach (var actor in new[] { FaqAdminWorld.Agent, FaqAdminWorld.Supervisor })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.FoldersAsync(actor, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.ArticlesAsync(actor, null, null, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.ArticleAsync(actor, article.Id, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.SaveArticleAsync(actor, Article(support), default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.DeleteArticleAsync(actor, article.Id, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.SaveFolderAsync(actor, new FaqFolder { Name = "X" }, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Admin.DeleteFolderAsync(actor, support.Id, default));
        }
        Assert.Single(world.Articles());
        Assert.Single(world.Folders());
        Assert.Empty(world.AuditEntries());
    }

    [Fact]
    public async Task ASavedArticleIsSuggestedAtOnceAndTheChangeIsAudited()
    {
        Assert.Empty(await world.SuggestAsync("descale kettle")); // builds the index before the article exists

        var created = await Admin.SaveArticleAsync(FaqAdminWorld.Admin, Article(support), default);

        Assert.True(created.Succeeded);
        Assert.Equal("How do I descale the kettle?", Assert.Single(await world.SuggestAsync("descale kettle")).Title);
        var entry = Assert.Single(world.AuditEntries());
        Assert.Equal(("faq", "created", "admin-1", "Maja Lindberg"), (entry.Area, entry.Action, entry.ActorUserId, entry.ActorName));
        Assert.Equal("article \"How do I descale the kettle?\" (en)", entry.Subject);
        Assert.Contains("Folder: Support FAQ", entry.Details);
        Assert.Equal(world.Time.GetUtcNow(), entry.At);
    }

    [Fact]
    public async Task UnpublishingAnArticleRemovesItFromSuggestionsAndRecordsWhatChanged()
    {
        var id = (await Admin.SaveArticleAsync(FaqAdminWorld.Admin, Article(support), default)).Id;
        Assert.Single(await world.SuggestAsync("descale kettle"));
        var edit = (await Admin.ArticleAsync(FaqAdminWorld.Admin, id, default))!;
        edit.Published = false;
        edit.Title = "How do I descale my kettle?";

        Assert.True((await Admin.SaveArticleAsync(FaqAdminWorld.Admin, edit, default)).Succeeded);

        Assert.Empty(await world.SuggestAsync("descale kettle"));
        var entry = world.AuditEntries().Last();
        Assert.Equal("updated", entry.Action);
        Assert.Equal("Title: How do I descale the kettle? → How do I descale my kettle?; Published: True → False", entry.Details);
    }

    [Fact]
    public async Task AnInvalidArticleIsRefusedWithErrorsAtItsFieldsAndNothingIsSaved()
    {
        var change = await Admin.SaveArticleAsync(FaqAdminWorld.Admin,
            new FaqArticle { FolderId = support.Id, Language = "de", Title = "", Body = "" }, default);

        Assert.False(change.Succeeded);
        Assert.Equal(["Body", "Language", "Title"], change.Errors.Select(e => e.PropertyName).Order());
        Assert.Empty(world.Articles());
        Assert.Empty(world.AuditEntries());
    }

    [Fact]
    public async Task AnArticleInAFolderThatNoLongerExistsIsRefused()
    {
        var change = await Admin.SaveArticleAsync(FaqAdminWorld.Admin, Article(new FaqFolder { Id = 999 }), default);

        Assert.Equal((nameof(FaqArticle.FolderId), FaqAdminErrors.FolderMissing), (change.Errors[0].PropertyName, change.Errors[0].ErrorCode));
        Assert.Empty(world.Articles());
    }

    [Fact]
    public async Task DeletingAnArticleRemovesItFromSuggestionsAndIsAudited()
    {
        var id = (await Admin.SaveArticleAsync(FaqAdminWorld.Admin, Article(support), default)).Id;
        Assert.Single(await world.SuggestAsync("descale kettle"));

        Assert.True((await Admin.DeleteArticleAsync(FaqAdminWorld.Admin, id, default)).Succeeded);

        Assert.Empty(world.Articles());
        Assert.Empty(await world.SuggestAsync("descale kettle"));
        Assert.Equal("deleted", world.AuditEntries().Last().Action);
    }

    [Fact]
    public async Task SearchFindsWordsInTitlesAndBodiesIncludingDraftsAndInternalNotes()
    {
        var returns = world.Database.Folder("Returns", support);
        world.Database.Article(returns, "en", "Return labels", "Print it at home.", published: false);
        world.Database.Article(support, "en", "Opening hours", "We answer returns questions 8–17.", isPublic: false);
        world.Database.Article(support, "en", "Delivery", "Two days.");

        var all = await Admin.ArticlesAsync(FaqAdminWorld.Admin, null, "RETURN", default);
        var inReturns = await Admin.ArticlesAsync(FaqAdminWorld.Admin, returns.Id, "", default);
        var belowSupport = await Admin.ArticlesAsync(FaqAdminWorld.Admin, support.Id, null, default);
        var literal = await Admin.ArticlesAsync(FaqAdminWorld.Admin, null, "%", default);

        Assert.Equal(["Opening hours", "Return labels"], all.Select(a => a.Title));
        Assert.Equal(["Return labels"], inReturns.Select(a => a.Title));
        Assert.Equal(3, belowSupport.Count);
        Assert.Empty(literal);
    }
}
