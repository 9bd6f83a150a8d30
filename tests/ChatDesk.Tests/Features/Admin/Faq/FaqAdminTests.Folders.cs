using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Admin.Faq;

public sealed partial class FaqAdminTests
{
    [Fact]
    public async Task FoldersAreListedAsATreeWithPathsAndCounts()
    {
        var returns = world.Database.Folder("Returns", support);
        world.Database.Folder("Account", support);
        world.Database.Article(returns, "en", "Return labels", "Print it at home.");

        var rows = await Admin.FoldersAsync(FaqAdminWorld.Admin, default);

        Assert.Equal(["Support FAQ", "Support FAQ / Account", "Support FAQ / Returns"], rows.Select(r => r.Path));
        Assert.Equal([0, 1, 1], rows.Select(r => r.Depth));
        Assert.Equal(1, rows.Single(r => r.Name == "Returns").ArticleCount);
    }

    [Fact]
    public async Task FoldersAreCreatedRenamedAndDeletedWithAnAuditEntryEach()
    {
        var created = await Admin.SaveFolderAsync(FaqAdminWorld.Admin, new FaqFolder { Name = " Returns ", ParentId = support.Id }, default);
        var renamed = await Admin.SaveFolderAsync(FaqAdminWorld.Admin, new FaqFolder { Id = created.Id, Name = "Refunds", ParentId = support.Id }, default);
        var deleted = await Admin.DeleteFolderAsync(FaqAdminWorld.Admin, created.Id, default);

        Assert.True(created.Succeeded && renamed.Succeeded && deleted.Succeeded);
        Assert.Equal(["Support FAQ"], world.Folders().Select(f => f.Name));
        Assert.Equal(
            [("created", "folder Returns", "Parent: Support FAQ"), ("updated", "folder Support FAQ / Returns", "Name: Returns → Refunds"), ("deleted", "folder Support FAQ / Refunds", "")],
            world.AuditEntries().Select(e => (e.Action, e.Subject, e.Details)));
    }

    [Fact]
    public async Task AFolderWithArticlesOrSubFoldersOrAChannelUsingItIsNotDeleted()
    {
        var withArticle = world.Database.Folder("Returns", support);
        world.Database.Article(withArticle, "en", "Return labels", "Print it at home.");
        var usedByChannel = world.Database.Folder("Web");
        using (var db = world.Database.CreateDbContext())
        {
            db.Channels.Add(new() { Name = "Web shop", Slug = "web", Hours = new() { AlwaysOpen = true }, PreChat = new() { FaqSuggestions = true, FaqFolderId = usedByChannel.Id } });
            db.SaveChanges();
        }

        var codes = new[]
        {
            (await Admin.DeleteFolderAsync(FaqAdminWorld.Admin, support.Id, default)).Errors.Single(),
            (await Admin.DeleteFolderAsync(FaqAdminWorld.Admin, withArticle.Id, default)).Errors.Single(),
            (await Admin.DeleteFolderAsync(FaqAdminWorld.Admin, usedByChannel.Id, default)).Errors.Single(),
        };

        Assert.Equal([FaqAdminErrors.FolderNotEmpty, FaqAdminErrors.FolderNotEmpty, FaqAdminErrors.FolderInUse], codes.Select(e => e.ErrorCode));
        Assert.Equal("Web shop", codes[2].AttemptedValue);
        Assert.Equal(3, world.Folders().Count);
        Assert.Empty(world.AuditEntries());
    }

    [Fact]
    public async Task SiblingFoldersCannotShareANameAndAFolderCannotMoveBelowItself()
    {
        var returns = world.Database.Folder("Returns", support);
        var below = world.Database.Folder("Labels", returns);

        var twin = await Admin.SaveFolderAsync(FaqAdminWorld.Admin, new FaqFolder { Name = "returns", ParentId = support.Id }, default);
        var cycle = await Admin.SaveFolderAsync(FaqAdminWorld.Admin, new FaqFolder { Id = returns.Id, Name = "Returns", ParentId = below.Id }, default);
        var elsewhere = await Admin.SaveFolderAsync(FaqAdminWorld.Admin, new FaqFolder { Name = "Returns" }, default);

        Assert.Equal((nameof(FaqFolder.Name), FaqAdminErrors.FolderNameTaken), (twin.Errors[0].PropertyName, twin.Errors[0].ErrorCode));
        Assert.Equal((nameof(FaqFolder.ParentId), FaqAdminErrors.FolderCycle), (cycle.Errors[0].PropertyName, cycle.Errors[0].ErrorCode));
        Assert.True(elsewhere.Succeeded);
    }

    [Fact]
    public async Task AMovedFolderTakesItsSubFoldersAlongAndTheMoveIsAudited()
    {
        var returns = world.Database.Folder("Returns", support);
        world.Database.Folder("Labels", returns);
        var account = world.Database.Folder("Account", support);

        var moved = await Admin.SaveFolderAsync(FaqAdminWorld.Admin, new FaqFolder { Id = returns.Id, Name = "Returns", ParentId = account.Id }, default);

        Assert.True(moved.Succeeded);
        Assert.Equal(["Support FAQ", "Support FAQ / Account", "Support FAQ / Account / Returns", "Support FAQ / Account / Returns / Labels"],
            (await Admin.FoldersAsync(FaqAdminWorld.Admin, default)).Select(r => r.Path));
        var entry = Assert.Single(world.AuditEntries());
        Assert.Equal(("updated", "folder Support FAQ / Returns", "Parent: Support FAQ → Support FAQ / Account"), (entry.Action, entry.Subject, entry.Details));
    }
}
