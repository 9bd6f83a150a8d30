using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
    [Fact]
    public async Task AFullBuildIndexesTheArticlesOfEveryPageItReads()
    {
        // More than two of the build's pages of 500, with an unpublished one among them and the one asked for last.
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(Enumerable.Range(0, 1_100).Select(i => new FaqArticle
            {
                FolderId = web.Id, Language = "en", Title = $"Filler topic {i}", Body = "Nothing a customer asks about.",
                Published = i != 700, UpdatedAt = DateTimeOffset.UnixEpoch,
            }));
            await db.SaveChangesAsync();
        }
        var last = database.Article(web, "en", "Gift cards", "A gift card is valid for two years.");

        await index.ReindexAsync(CancellationToken.None);

        Assert.Equal(password.Id, (await Suggest("en", "forgot password"))[0].ArticleId);
        Assert.Equal(last.Id, (await Suggest("en", "gift card"))[0].ArticleId);
        Assert.Contains(await Suggest("en", "filler topic 1099", max: 50), s => s.Title == "Filler topic 1099");
        Assert.DoesNotContain(await Suggest("en", "filler topic 700", max: 50), s => s.Title == "Filler topic 700");
        Assert.Equal(svReturn.Id, (await Suggest("sv", "returnera vara"))[0].ArticleId);
    }

    [Fact]
    public void AnArticlesFingerprintChangesWithItsTextOnly()
    {
        var fingerprint = FaqSearchIndex.Fingerprint("Gift cards", "Valid for two years.");

        Assert.Equal(fingerprint, FaqSearchIndex.Fingerprint("Gift cards", "Valid for two years."));
        Assert.NotEqual(fingerprint, FaqSearchIndex.Fingerprint("Gift cards", "Valid for two years!"));
        Assert.NotEqual(fingerprint, FaqSearchIndex.Fingerprint("Gift card", "sValid for two years."));
        Assert.NotEqual(fingerprint, FaqSearchIndex.Fingerprint("", "Gift cardsValid for two years."));
    }
}
