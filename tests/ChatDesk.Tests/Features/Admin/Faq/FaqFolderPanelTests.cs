using Bunit;
using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Faq;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Admin.Faq;

public sealed class FaqFolderPanelTests : ComponentTestContext
{
    private readonly FaqAdminWorld world = new();
    private readonly FaqFolder support, returns, labels, account;
    private string? notice;

    public FaqFolderPanelTests()
    {
        Services.AddSingleton(world.Service);
        support = world.Database.Folder("Support FAQ");
        returns = world.Database.Folder("Returns", support);
        labels = world.Database.Folder("Labels", returns);
        account = world.Database.Folder("Account", support);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) world.Dispose();
        base.Dispose(disposing);
    }

    private Task<IReadOnlyList<FaqFolderRow>> RowsAsync() => world.Service.FoldersAsync(FaqAdminWorld.Admin, default);

    /// <summary>The panel with <paramref name="selected"/> chosen, as the page shows it after loading the folders.</summary>
    private async Task<IRenderedComponent<FaqFolderPanel>> PanelAsync(FaqFolder selected)
    {
        var rows = await RowsAsync();
        return Render<FaqFolderPanel>(p => p
            .Add(x => x.Folders, rows)
            .Add(x => x.Selected, selected.Id)
            .Add(x => x.Actor, FaqAdminWorld.Admin)
            .Add(x => x.OnChanged, message => notice = message));
    }

    // Awaits the click's handler: on PostgreSQL under a busy test run the save can finish after a plain Click returns.
    private static Task ClickMoveAsync(IRenderedComponent<FaqFolderPanel> panel) =>
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Move folder").ClickAsync(new MouseEventArgs());

    [Fact]
    public async Task TheMoveChoiceOffersTheTopLevelAndEveryFolderButTheMovingOneAndThoseBelowIt()
    {
        var panel = await PanelAsync(returns);

        Assert.Equal("Move to", panel.Find("label[for=faq-move-target]").TextContent);
        var options = panel.FindAll("#faq-move-target option");
        Assert.Equal(["Top level", "Support FAQ", "Support FAQ / Account"], options.Select(o => o.TextContent));
        Assert.Equal(["", support.Id.ToString(), account.Id.ToString()], options.Select(o => o.GetAttribute("value")));
        // It starts at the folder's current place, so pressing Move by accident changes nothing.
        Assert.Equal(support.Id.ToString(), panel.Find("#faq-move-target").GetAttribute("value"));
    }

    [Fact]
    public async Task MovingAFolderUnderAnotherChangesItsPathInTheTree()
    {
        var panel = await PanelAsync(returns);

        panel.Find("#faq-move-target").Change(account.Id.ToString());
        await ClickMoveAsync(panel);
        var rows = await RowsAsync();
        panel.Render(p => p.Add(x => x.Folders, rows));

        Assert.Equal("Folder “Returns” moved into “Support FAQ / Account”.", notice);
        Assert.Equal(["Support FAQ", "Support FAQ / Account", "Support FAQ / Account / Returns", "Support FAQ / Account / Returns / Labels"],
            rows.Select(r => r.Path));
        // In the tree, Returns now hangs below Account.
        var returnsButton = panel.FindAll("button").Single(b => b.TextContent.Trim() == "Returns (0)");
        var parentItem = returnsButton.Closest("ul")!.ParentElement!;
        Assert.Equal("Account (0)", parentItem.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal(("updated", "folder Support FAQ / Returns", "Parent: Support FAQ → Support FAQ / Account"),
            world.AuditEntries().Select(e => (e.Action, e.Subject, e.Details)).Single());
    }

    [Fact]
    public async Task AFolderMovedToTheTopLevelLosesItsParent()
    {
        var panel = await PanelAsync(labels);

        panel.Find("#faq-move-target").Change("");
        await ClickMoveAsync(panel);

        Assert.Equal("Folder “Labels” moved to the top level.", notice);
        Assert.Null(world.Folders().Single(f => f.Id == labels.Id).ParentId);
    }

    [Fact]
    public async Task AMoveTheServiceRefusesShowsItsReasonAtTheMoveField()
    {
        world.Database.Folder("Returns", account);
        var panel = await PanelAsync(returns);

        panel.Find("#faq-move-target").Change(account.Id.ToString());
        await ClickMoveAsync(panel);

        Assert.Equal("There is already a folder with that name here.", panel.Find("#faq-move-error").TextContent);
        Assert.Equal("true", panel.Find("#faq-move-target").GetAttribute("aria-invalid"));
        Assert.Null(notice);
        Assert.Equal(support.Id, world.Folders().Single(f => f.Id == returns.Id).ParentId);
        Assert.Empty(world.AuditEntries());
    }
}
