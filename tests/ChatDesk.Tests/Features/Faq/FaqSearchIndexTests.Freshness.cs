using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
    private async Task Edit(int articleId, Action<FaqArticle> change)
    {
        await using var db = database.CreateDbContext();
        change(await db.FaqArticles.SingleAsync(a => a.Id == articleId));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AnEditedOrAddedArticleIsFoundByTheNextQuestionWithoutARebuild()
    {
        Assert.Empty(await Suggest("en", "warranty"));
        await Edit(password.Id, a => a.Title = "How long is the warranty?");
        var added = database.Article(web, "en", "Gift cards", "A gift card is valid for two years.");

        await index.ArticlesChangedAsync([password.Id, added.Id], CancellationToken.None);

        Assert.Equal(password.Id, (await Suggest("en", "warranty"))[0].ArticleId);
        Assert.Equal(added.Id, (await Suggest("en", "gift card"))[0].ArticleId);
        Assert.Equal(1, index.Builds);
    }

    [Fact]
    public async Task AFoldersSuggestionsFollowArticlesAddedAndRemovedAfterItWasAsked()
    {
        // The first question remembers the folder's articles per index segment; later edits write new segments.
        Assert.Equal(password.Id, (await Suggest("en", "forgot password", web.Id))[0].ArticleId);
        var added = database.Article(web, "en", "Gift cards", "A gift card is valid for two years.");
        await Edit(password.Id, a => a.FolderId = business.Id);

        await index.ArticlesChangedAsync([password.Id, added.Id], CancellationToken.None);

        Assert.Equal(added.Id, (await Suggest("en", "gift card", web.Id))[0].ArticleId);
        Assert.Empty(await Suggest("en", "forgot password", web.Id));
        Assert.Equal(password.Id, (await Suggest("en", "forgot password", business.Id))[0].ArticleId);
    }

    [Fact]
    public async Task ADeletedUnpublishedOrInternalArticleLeavesTheIndex()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        Assert.NotEmpty(await Suggest("en", "parcel arrived damaged"));
        Assert.NotEmpty(await Suggest("en", "how long does delivery take"));
        await using (var db = database.CreateDbContext())
            await db.FaqArticles.Where(a => a.Id == password.Id).ExecuteDeleteAsync();
        await Edit(damagedParcel.Id, a => a.Published = false);
        await Edit(deliveryTime.Id, a => a.Public = false);

        await index.ArticlesChangedAsync([password.Id, damagedParcel.Id, deliveryTime.Id], CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password"));
        Assert.DoesNotContain(await Suggest("en", "parcel arrived damaged"), s => s.ArticleId == damagedParcel.Id);
        Assert.DoesNotContain(await Suggest("en", "how long does delivery take"), s => s.ArticleId == deliveryTime.Id);
        Assert.Equal(1, index.Builds);
    }

    [Fact]
    public async Task AnArticleMovedToAnotherLanguageIsAnsweredOnlyInThatLanguage()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        await Edit(password.Id, a => (a.Language, a.FolderId, a.Title, a.Body) = ("sv", webSv.Id, "Jag har glömt mitt lösenord", "Klicka på Glömt lösenord."));

        await index.ArticlesChangedAsync([password.Id], CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password"));
        Assert.Equal(password.Id, (await Suggest("sv", "glömt lösenord"))[0].ArticleId);
    }

    [Fact]
    public async Task AFolderMovedUnderAnotherRootTakesItsArticlesAlong()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password", web.Id));
        int account;
        await using (var db = database.CreateDbContext())
        {
            var folder = await db.FaqFolders.SingleAsync(f => f.Name == "Account");
            (account, folder.ParentId) = (folder.Id, business.Id);
            await db.SaveChangesAsync();
        }

        await index.FolderChangedAsync(account, CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password", web.Id));
        Assert.Equal(password.Id, (await Suggest("en", "forgot password", business.Id))[0].ArticleId);
        Assert.Equal(1, index.Builds);
    }

    [Fact]
    public async Task ASyncAfterAnImportUpdatesWhatChangedWithoutARebuild()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        await Edit(password.Id, a => a.Published = false);
        var added = database.Article(web, "en", "Gift cards", "A gift card is valid for two years.");

        await index.SyncAsync(CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password"));
        Assert.Equal(added.Id, (await Suggest("en", "gift card"))[0].ArticleId);
        Assert.Equal(1, index.Builds);
    }

    [Fact]
    public async Task AQuestionDuringABuildIsAnsweredFromThePreviousIndex()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        await Edit(password.Id, a => a.Title = "How long is the warranty?");
        database.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rebuild = index.ReindexAsync(CancellationToken.None);

        // The build is held before it reads the database; a question waiting for it would never come back.
        var during = await Suggest("en", "forgot password").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(rebuild.IsCompleted);
        database.Gate.SetResult();
        await rebuild;

        Assert.Equal(password.Id, during[0].ArticleId);
        Assert.Equal(password.Id, (await Suggest("en", "warranty"))[0].ArticleId);
        Assert.Equal(2, index.Builds);
    }

    [Fact]
    public async Task ReindexingPicksUpAnUnpublishedArticle()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        await Edit(password.Id, a => a.Published = false);

        await index.ReindexAsync(CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password"));
    }

    [Fact]
    public async Task ConcurrentQuestionsAndUpdatesAllGetAnswers()
    {
        var work = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            if (i % 4 == 0) await index.ArticlesChangedAsync([damagedParcel.Id], CancellationToken.None);
            if (i % 8 == 0) await index.SyncAsync(CancellationToken.None);
            return await Suggest("en", "my parcel arrived damaged");
        }));

        var answers = await Task.WhenAll(work);

        Assert.All(answers, a => Assert.Equal(damagedParcel.Id, a[0].ArticleId));
    }
}
