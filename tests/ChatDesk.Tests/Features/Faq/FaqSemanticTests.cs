using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>Semantic FAQ ranking for English (issue 11): the real all-MiniLM-L6-v2 from the package, loaded once per
/// test process; `Faq:Semantic` off; a model that cannot load; an edit that re-embeds.</summary>
public sealed class FaqSemanticTests : IDisposable
{
    private const string Tracking = "How do I track my order?";
    private readonly FaqTestDatabase database = new();

    public void Dispose() => database.Dispose();

    private static MiniLmFaqEmbedder Embedder(bool semantic) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Faq:Semantic"] = semantic ? "true" : "false" }).Build(),
        NullLogger<MiniLmFaqEmbedder>.Instance);

    [Fact]
    public async Task WhereIsMyParcelGetsTheTrackingArticleFirstWithSemanticRankingOn()
    {
        var (index, roots) = await DemoAsync(Embedder(semantic: true));

        var suggestions = await index.SuggestAsync(roots["en"].Id, "en", "Where is my parcel?", 3, CancellationToken.None);

        Assert.Equal(Tracking, suggestions[0].Title);
        // The vector the index computed is stored with the article, tagged with its model.
        await using var db = database.CreateDbContext();
        var tracking = await db.FaqArticles.SingleAsync(a => a.Title == Tracking);
        Assert.Equal(MiniLmFaqEmbedder.ModelName, tracking.EmbeddingModel);
        Assert.Equal(384 * sizeof(float), tracking.Embedding?.Length);
    }

    [Theory]
    [InlineData("What is the weather on Mars?")]
    [InlineData("How do I install Python on Windows?")]
    public async Task OffTopicQuestionsStillGetNothingWithSemanticRankingOn(string question)
    {
        var (index, roots) = await DemoAsync(Embedder(semantic: true));

        Assert.Empty(await index.SuggestAsync(roots["en"].Id, "en", question, 3, CancellationToken.None));
    }

    [Fact]
    public async Task WithSemanticRankingOffKeywordRankingStillAnswersAndNothingIsEmbedded()
    {
        var (index, roots) = await DemoAsync(Embedder(semantic: false));

        var suggestions = await index.SuggestAsync(roots["en"].Id, "en", "Where is my parcel?", 3, CancellationToken.None);

        Assert.Equal(Tracking, suggestions[0].Title);
        await using var db = database.CreateDbContext();
        Assert.False(await db.FaqArticles.AnyAsync(a => a.Embedding != null));
    }

    [Fact]
    public async Task AModelThatCannotLoadLeavesKeywordRankingAndIsLoggedOnce()
    {
        var log = new LogCapture();
        var broken = new MiniLmFaqEmbedder(true, FaqModel.Loader(() => throw new FileNotFoundException("model.onnx")),
            log.CreateLogger(nameof(MiniLmFaqEmbedder)));
        var (index, roots) = await DemoAsync(broken);
        var keywordOnly = new FaqSearchIndex(database);

        foreach (var question in new[] { "Where is my parcel?", "forgot my password", "when do I get my refund" })
        {
            var shown = await index.SuggestAsync(roots["en"].Id, "en", question, 3, CancellationToken.None);
            var keyword = await keywordOnly.SuggestAsync(roots["en"].Id, "en", question, 3, CancellationToken.None);
            Assert.Equal(keyword.Select(s => s.ArticleId), shown.Select(s => s.ArticleId));
            Assert.NotEmpty(shown);
        }
        Assert.Single(log.Text.Split('\n'), line => line.Contains("could not load", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnArticleEditReEmbedsIt()
    {
        var index = new FaqSearchIndex(database, Embedder(semantic: true));
        var folder = database.Folder("Support");
        var article = database.Article(folder, "en", "Opening hours", "Our shop is open from nine to five on weekdays.");
        database.Article(folder, "en", "Gift cards", "Gift cards can be bought in any amount and are valid for two years.");
        await index.ReindexAsync(CancellationToken.None);
        var before = await EmbeddingOfAsync(article.Id);

        await using (var db = database.CreateDbContext())
        {
            var stored = await db.FaqArticles.SingleAsync(a => a.Id == article.Id);
            stored.Title = "Shipping abroad";
            stored.Body = "We send parcels to every country in the European Union; outside it, customs fees may apply.";
            await db.SaveChangesAsync();
        }
        await index.ArticlesChangedAsync([article.Id], CancellationToken.None);

        var after = await EmbeddingOfAsync(article.Id);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.NotEqual(before, after);
        var suggestions = await index.SuggestAsync(folder.Id, "en", "Can you deliver my order to Norway?", 3, CancellationToken.None);
        Assert.Equal(article.Id, suggestions[0].ArticleId);
    }

    private async Task<byte[]?> EmbeddingOfAsync(int articleId)
    {
        await using var db = database.CreateDbContext();
        return (await db.FaqArticles.SingleAsync(a => a.Id == articleId)).Embedding;
    }

    private async Task<(FaqSearchIndex Index, IReadOnlyDictionary<string, FaqFolder> Roots)> DemoAsync(IFaqEmbedder embedder)
    {
        await using var db = database.CreateDbContext();
        var roots = DemoFaq.Load(db, DateTimeOffset.UnixEpoch);
        await db.SaveChangesAsync();
        var index = new FaqSearchIndex(database, embedder);
        await index.ReindexAsync(CancellationToken.None);
        return (index, roots);
    }
}
