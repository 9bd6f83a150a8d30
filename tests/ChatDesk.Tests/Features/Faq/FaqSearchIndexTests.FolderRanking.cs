namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
    // The folder is checked per hit as Lucene collects them (FaqFolderCollector): better articles elsewhere must
    // never take the places of the folder's own, however many there are.
    [Fact]
    public async Task BetterMatchesInAnotherFolderDoNotCrowdOutTheChannelsOwn()
    {
        // Another channel's root: the same title, a shorter body that is all about returning items.
        var elsewhere = database.Folder("Returns");
        for (var i = 0; i < 8; i++) database.Article(elsewhere, "en", "How do I return an item?", "Return the item.");

        var fromWeb = await Suggest("en", "how do I return an item", root: web.Id, max: 1);
        var everywhere = await Suggest("en", "how do I return an item", max: 3);

        Assert.Equal(returnItem.Id, Assert.Single(fromWeb).ArticleId);
        Assert.DoesNotContain(everywhere, s => s.ArticleId == returnItem.Id);
    }

    [Fact]
    public async Task AnArticleAddedAfterTheBuildIsFoundInItsFolderAndNotInAnother()
    {
        await index.EnsureBuiltAsync(CancellationToken.None);
        var added = database.Article(business, "en", "Invoices for business customers",
            "Business invoices are sent by e-mail at the start of every month.");
        await index.ArticlesChangedAsync([added.Id], CancellationToken.None);

        var fromBusiness = await Suggest("en", "business invoices", root: business.Id);
        var fromWeb = await Suggest("en", "business invoices", root: web.Id);

        Assert.Equal(added.Id, fromBusiness[0].ArticleId);
        Assert.DoesNotContain(fromWeb, s => s.ArticleId == added.Id);
    }
}
