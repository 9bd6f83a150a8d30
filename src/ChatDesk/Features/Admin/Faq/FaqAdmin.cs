using ChatDesk.Data;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>
/// Folders and articles for admins. Every call checks the actor itself (the page attribute is not the only guard),
/// saves with its audit entry in one commit, and only then updates the affected suggestion documents so customers get the
/// change on their next question (rule 1: persist, then publish).
/// </summary>
public sealed partial class FaqAdmin(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, FaqIndexChanges index, TimeProvider time)
{
    public const string Area = "faq";
    public const int MaxListed = 200;
    private static readonly FaqArticleValidator ArticleRules = new();

    public async Task<IReadOnlyList<FaqFolderRow>> FoldersAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var folders = await db.FaqFolders.AsNoTracking().ToListAsync(ct);
        var counts = await db.FaqArticles.GroupBy(a => a.FolderId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return FaqFolderTree.Rows(folders, counts);
    }

    /// <summary>Articles in a folder and its sub-folders (all when <paramref name="folderId"/> is null) whose title or
    /// body contains <paramref name="search"/>. A plain substring match rather than the suggestion index: admins
    /// look for drafts and internal notes too, which the index leaves out, and expect to find exactly what they typed.</summary>
    public async Task<IReadOnlyList<FaqArticleRow>> ArticlesAsync(StaffActor actor, int? folderId, string? search, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.FaqArticles.AsNoTracking();
        if (folderId is { } id)
        {
            var within = FaqFolderTree.SelfAndDescendants(await db.FaqFolders.AsNoTracking().ToListAsync(ct), id);
            query = query.Where(a => within.Contains(a.FolderId));
        }
        var text = search?.Trim() ?? "";
        if (text.Length > 0)
        {
            query = query.Where(TextMatch.AnyContains<FaqArticle>(db.Database, text, a => a.Title, a => a.Body));
        }
        return await query.OrderBy(a => a.Title).ThenBy(a => a.Id).Take(MaxListed)
            .Select(a => new FaqArticleRow(a.Id, a.FolderId, a.Language, a.Title, a.Published, a.Public, a.UpdatedAt))
            .ToListAsync(ct);
    }

    public async Task<FaqArticle?> ArticleAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.FaqArticles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
    }

    /// <summary>Creates (Id 0) or updates an article.</summary>
    public async Task<FaqChange> SaveArticleAsync(StaffActor actor, FaqArticle input, CancellationToken ct)
    {
        actor.DemandAdmin();
        var check = await ArticleRules.ValidateAsync(input, ct);
        if (!check.IsValid) return new FaqChange(input.Id, check.Errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var folders = await db.FaqFolders.AsNoTracking().ToListAsync(ct);
        var paths = FaqFolderTree.Paths(folders);
        if (!paths.ContainsKey(input.FolderId))
            return FaqChange.Refused(nameof(FaqArticle.FolderId), FaqAdminErrors.FolderMissing, "The folder no longer exists.");

        var title = input.Title.Trim();
        var stored = input.Id == 0 ? null : await db.FaqArticles.FirstOrDefaultAsync(a => a.Id == input.Id, ct);
        if (input.Id != 0 && stored is null)
            return FaqChange.Refused("", FaqAdminErrors.ArticleMissing, "The article was deleted meanwhile.");
        string Path(int folderId) => string.Join(FaqFolderTree.Separator, paths.GetValueOrDefault(folderId) ?? []);

        if (stored is null)
        {
            stored = new FaqArticle();
            db.FaqArticles.Add(stored);
            audit.Add(db, actor, Area, "created", Subject(title, input.Language),
                $"Folder: {Path(input.FolderId)}; Published: {input.Published}; Public: {input.Public}; Body: {input.Body.Length} characters");
        }
        else
        {
            var changes = new AuditChanges()
                .Add("Folder", Path(stored.FolderId), Path(input.FolderId))
                .Add("Language", stored.Language, input.Language)
                .Add("Title", stored.Title, title)
                .Add("Published", stored.Published, input.Published)
                .Add("Public", stored.Public, input.Public)
                .AddText("Body", stored.Body, input.Body);
            if (changes.None) return FaqChange.Done(stored.Id);
            audit.Add(db, actor, Area, "updated", Subject(stored.Title, stored.Language), changes.ToString());
        }
        (stored.FolderId, stored.Language, stored.Title, stored.Body) = (input.FolderId, input.Language, title, input.Body);
        (stored.Published, stored.Public, stored.UpdatedAt) = (input.Published, input.Public, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        // Not `ct`: the change is committed, so the index must follow it even if the caller gives up now.
        await index.ArticlesChangedAsync([stored.Id], CancellationToken.None);
        return FaqChange.Done(stored.Id);
    }

    public async Task<FaqChange> DeleteArticleAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.FaqArticles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (stored is null) return FaqChange.Refused("", FaqAdminErrors.ArticleMissing, "The article was deleted meanwhile.");
        var paths = FaqFolderTree.Paths(await db.FaqFolders.AsNoTracking().ToListAsync(ct));
        db.FaqArticles.Remove(stored);
        audit.Add(db, actor, Area, "deleted", Subject(stored.Title, stored.Language),
            $"Folder: {string.Join(FaqFolderTree.Separator, paths.GetValueOrDefault(stored.FolderId) ?? [])}; Published: {stored.Published}; Public: {stored.Public}");
        await db.SaveChangesAsync(ct);
        await index.ArticlesChangedAsync([id], CancellationToken.None);
        return FaqChange.Done(id);
    }

    internal static string Subject(string title, string language) => $"article \"{title}\" ({language})";
}
