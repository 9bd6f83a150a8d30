using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
    [Fact]
    public async Task AnEditedOrAddedArticleIsFoundOnceTheIndexIsInvalidated()
    {
        Assert.Empty(await Suggest("en", "warranty"));
        await using (var db = database.CreateDbContext())
        {
            var article = await db.FaqArticles.SingleAsync(a => a.Id == password.Id);
            article.Title = "How long is the warranty?";
            await db.SaveChangesAsync();
        }
        var added = database.Article(web, "en", "Gift cards", "A gift card is valid for two years.");

        index.Invalidate();

        Assert.Equal(password.Id, (await Suggest("en", "warranty"))[0].ArticleId);
        Assert.Equal(added.Id, (await Suggest("en", "gift card"))[0].ArticleId);
    }

    [Fact]
    public async Task ReindexingPicksUpAnUnpublishedArticle()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        await using (var db = database.CreateDbContext())
            await db.FaqArticles.Where(a => a.Id == password.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Published, false));

        await index.ReindexAsync(CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password"));
    }

    [Fact]
    public async Task ConcurrentQuestionsAndInvalidationsAllGetAnswers()
    {
        var work = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            if (i % 4 == 0) index.Invalidate();
            return await Suggest("en", "my parcel arrived damaged");
        }));

        var answers = await Task.WhenAll(work);

        Assert.All(answers, a => Assert.Equal(damagedParcel.Id, a[0].ArticleId));
    }

    [Fact]
    public async Task ASuggestionCarriesAPlainTextExcerptOfTheBody()
    {
        var suggestion = (await Suggest("en", "return an item"))[0];

        Assert.Equal("Pack the item in its original box, print the label from My pages and drop the parcel at any pickup point. You have 30 days.", suggestion.Excerpt);
        Assert.True(suggestion.Score > 0);
    }

    [Fact]
    public void ALongBodyIsCutAtAWordBoundary()
    {
        var body = string.Join(' ', Enumerable.Repeat("delivery", 40));

        var excerpt = FaqSearchIndex.Excerpt(body);

        Assert.EndsWith("delivery…", excerpt);
        Assert.InRange(excerpt.Length, 100, 161);
    }
}
