using Bunit;
using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Faq;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Admin.Faq;

public sealed class FaqArticleEditorTests : ComponentTestContext
{
    private readonly FaqAdminWorld world = new();
    private readonly FaqFolder support;
    private string? done;

    public FaqArticleEditorTests()
    {
        Services.AddSingleton(world.Service);
        support = world.Database.Folder("Support FAQ");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) world.Dispose();
        base.Dispose(disposing);
    }

    private IRenderedComponent<FaqArticleEditor> Edit(FaqArticle article) => Render<FaqArticleEditor>(p => p
        .Add(e => e.Article, article)
        .Add(e => e.Folders, [new FaqFolderRow(support.Id, support.Name, null, support.Name, 0, 0)])
        .Add(e => e.Actor, FaqAdminWorld.Admin)
        .Add(e => e.OnDone, message => done = message));

    [Fact]
    public void ThePreviewShapesParagraphsAndListsAndShowsMarkupAsText()
    {
        var editor = Edit(new FaqArticle { FolderId = support.Id });

        editor.Find("textarea").Input("Try this <script>alert(1)</script>:\n\n- Unplug <b>it</b>\n- Wait");

        var preview = editor.Find("[data-testid=faq-preview] article");
        Assert.Equal("Try this <script>alert(1)</script>:", preview.QuerySelector("p")!.TextContent.Trim());
        Assert.Equal(["Unplug <b>it</b>", "Wait"], preview.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Empty(preview.QuerySelectorAll("script, b"));
    }

    [Fact]
    public void AnInvalidSaveShowsErrorsAtTheFieldsAndKeepsWhatWasTyped()
    {
        var editor = Edit(new FaqArticle { FolderId = support.Id, Title = "" });
        editor.Find("textarea").Input("A body worth keeping");

        editor.FindAll("button").Single(b => b.TextContent == "Save").Click();

        Assert.Contains("'Title' must not be empty.", editor.Markup);
        Assert.Equal("A body worth keeping", editor.Find("textarea").GetAttribute("value") ?? editor.Find("textarea").TextContent);
        Assert.Empty(world.Articles());
        Assert.Null(done);
    }

    [Fact]
    public void AValidSaveStoresTheArticleAndReportsIt()
    {
        var editor = Edit(new FaqArticle { FolderId = support.Id, Language = "en" });
        editor.FindAll("input").First(i => i.GetAttribute("type") == "text").Input("Where is my parcel?");
        editor.Find("textarea").Input("Track it on My pages.");

        editor.FindAll("button").Single(b => b.TextContent == "Save").Click();

        // The report comes once the save has finished (on PostgreSQL that can be after the click returns).
        editor.WaitForAssertion(() => Assert.Equal("Article “Where is my parcel?” saved.", done));
        Assert.Equal("Where is my parcel?", Assert.Single(world.Articles()).Title);
    }

    [Fact]
    public void DeletingAsksForConfirmationFirst()
    {
        var article = world.Database.Article(support, "en", "Old news", "Gone soon.");
        var editor = Edit(article);

        editor.FindAll("button").Single(b => b.TextContent == "Delete").Click();
        Assert.Single(world.Articles());
        Assert.Contains("Delete the article “Old news”?", editor.Markup);
        editor.FindAll("button").Single(b => b.TextContent == "Yes, delete").Click();

        Assert.Empty(world.Articles());
        Assert.Equal("Article “Old news” deleted.", done);
    }
}
