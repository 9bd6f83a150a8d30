using ChatDesk.Features.Faq;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Tests.Features.Admin.Faq;

/// <summary>Two app nodes over one database and one event bus: an admin change on one reaches the other's index
/// without a rebuild.</summary>
public sealed class FaqIndexNodesTests : IAsyncLifetime
{
    private readonly FaqAdminWorld world = new();
    private readonly FaqSearchIndex otherIndex;
    private readonly FaqIndexFollower otherFollower;
    private FaqFolder support = null!;

    public FaqIndexNodesTests()
    {
        otherIndex = new FaqSearchIndex(world.Database);
        otherFollower = new FaqIndexFollower(new FaqIndexChanges(otherIndex, world.Events), world.Events, NullLogger<FaqIndexFollower>.Instance);
    }

    public async Task InitializeAsync()
    {
        support = world.Database.Folder("Support FAQ");
        await otherFollower.StartAsync(default);
        await world.Index.EnsureBuiltAsync(default);
        await otherIndex.EnsureBuiltAsync(default);
    }

    public async Task DisposeAsync()
    {
        await otherFollower.StopAsync(default);
        world.Dispose();
    }

    [Fact]
    public async Task AnArticleSavedOnOneNodeIsSuggestedOnTheOther()
    {
        var saved = await world.Service.SaveArticleAsync(FaqAdminWorld.Admin,
            new FaqArticle { FolderId = support.Id, Language = "en", Title = "How do I descale the kettle?", Body = "Fill it with vinegar and boil twice." }, default);
        Assert.True(saved.Succeeded);

        var titles = await OtherNodeSuggestsAsync("descale kettle", expected: true);

        Assert.Contains("How do I descale the kettle?", titles);
        Assert.Equal(1, otherIndex.Builds);
    }

    [Fact]
    public async Task AnArticleDeletedOnOneNodeLeavesTheOther()
    {
        var article = world.Database.Article(support, "en", "How do I descale the kettle?", "Fill it with vinegar and boil twice.");
        await world.Changes.ArticlesChangedAsync([article.Id], default);
        Assert.NotEmpty(await OtherNodeSuggestsAsync("descale kettle", expected: true));

        await world.Service.DeleteArticleAsync(FaqAdminWorld.Admin, article.Id, default);

        Assert.Empty(await OtherNodeSuggestsAsync("descale kettle", expected: false));
        Assert.Equal(1, otherIndex.Builds);
    }

    // The bus delivers in the background, so the other node catches up shortly after the call returns.
    private async Task<IReadOnlyList<string>> OtherNodeSuggestsAsync(string question, bool expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var titles = (await otherIndex.SuggestAsync(null, "en", question, 3, default)).Select(s => s.Title).ToList();
            if (titles.Count > 0 == expected || DateTime.UtcNow > deadline) return titles;
            await Task.Delay(20);
        }
    }
}
