using ChatDesk.Tests.Support;
using Bunit;
using ChatDesk.Data;
using ChatDesk.Features.Faq;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Faq;

public sealed class FaqArticlePageTests : ComponentTestContext
{
    private readonly FaqTestDatabase database = new();
    private readonly FaqFolder folder;
    private bool notFound;

    public FaqArticlePageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IDbContextFactory<ChatDeskDbContext>>(database);
        Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound = true;
        folder = database.Folder("Support");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }

    private IRenderedComponent<FaqArticlePage> Show(FaqArticle article) =>
        Render<FaqArticlePage>(p => p.Add(c => c.Id, article.Id));

    [Fact]
    public void TheTitleIsTheHeadingAndMarkupInTheBodyIsShownAsText()
    {
        var article = database.Article(folder, "en", "Is <b>this</b> safe?", "We never run <script>alert(1)</script> from an article.");

        var page = Show(article);

        Assert.Equal("Is <b>this</b> safe?", page.Find("h1").TextContent);
        Assert.Equal("We never run <script>alert(1)</script> from an article.", page.Find("p").TextContent);
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("b"));
        Assert.False(notFound);
    }

    [Fact]
    public void BlankLinesSeparateParagraphsAndDashLinesBecomeAList()
    {
        var article = database.Article(folder, "en", "Order statuses",
            "What the statuses mean:\n\n- Received: we have your order.\n- Packed: it is being packed.\n\nContact us if it is stuck.");

        var page = Show(article);

        Assert.Equal(["What the statuses mean:", "Contact us if it is stuck."], page.FindAll("p").Select(p => p.TextContent.Trim()));
        Assert.Equal(["Received: we have your order.", "Packed: it is being packed."], page.FindAll("ul > li").Select(li => li.TextContent));
    }

    [Fact]
    public void NumberedLinesBecomeAnOrderedListThatKeepsItsFirstNumber()
    {
        var article = database.Article(folder, "en", "Steps", "1. Log in.\n2. Open the order.\n\n3. Click “Track parcel”.");

        var page = Show(article);

        var lists = page.FindAll("ol");
        Assert.Equal(2, lists.Count);
        Assert.Null(lists[0].GetAttribute("start"));
        Assert.Equal("3", lists[1].GetAttribute("start"));
        Assert.Equal(["Log in.", "Open the order.", "Click “Track parcel”."], page.FindAll("ol > li").Select(li => li.TextContent));
    }

    [Fact]
    public void TheArticleSpeaksItsOwnLanguage()
    {
        var article = database.Article(folder, "sv", "Hur returnerar jag en vara?", "Packa varan.");

        var page = Show(article);

        Assert.Equal("sv", page.Find("article").GetAttribute("lang"));
        Assert.Contains("customer-card", page.Find("article").ClassList);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void DraftsAndInternalNotesAreNotFound(bool published, bool isPublic)
    {
        var article = database.Article(folder, "en", "Internal: chargebacks", "Agents only.", published, isPublic);

        var page = Show(article);

        Assert.True(notFound);
        Assert.Empty(page.FindAll("article"));
    }

    [Fact]
    public void AnUnknownArticleIsNotFound()
    {
        var page = Render<FaqArticlePage>(p => p.Add(c => c.Id, 4242));

        Assert.True(notFound);
        Assert.Empty(page.FindAll("article"));
    }
}
