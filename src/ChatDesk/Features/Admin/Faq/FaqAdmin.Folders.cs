using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Faq;

public sealed partial class FaqAdmin
{
    private static readonly FaqFolderValidator FolderRules = new();

    /// <summary>Creates (Id 0), renames or moves a folder. Sibling names are unique (ignoring case), so a folder's
    /// path names exactly one folder, which import and export rely on.</summary>
    public async Task<FaqChange> SaveFolderAsync(StaffActor actor, FaqFolder input, CancellationToken ct)
    {
        actor.DemandAdmin();
        var check = await FolderRules.ValidateAsync(input, ct);
        if (!check.IsValid) return new FaqChange(input.Id, check.Errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var folders = await db.FaqFolders.ToListAsync(ct);
        var stored = folders.FirstOrDefault(f => f.Id == input.Id);
        if (input.Id != 0 && stored is null)
            return FaqChange.Refused("", FaqAdminErrors.FolderMissing, "The folder no longer exists.");
        if (input.ParentId is { } parent)
        {
            if (folders.All(f => f.Id != parent))
                return FaqChange.Refused(nameof(FaqFolder.ParentId), FaqAdminErrors.FolderMissing, "The parent folder no longer exists.");
            if (stored is not null && FaqFolderTree.SelfAndDescendants(folders, stored.Id).Contains(parent))
                return FaqChange.Refused(nameof(FaqFolder.ParentId), FaqAdminErrors.FolderCycle, "A folder cannot move into itself or a folder below it.");
        }
        var name = input.Name.Trim();
        if (folders.Any(f => f.Id != input.Id && f.ParentId == input.ParentId && string.Equals(f.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            return FaqChange.Refused(nameof(FaqFolder.Name), FaqAdminErrors.FolderNameTaken, "There is already a folder with that name here.");

        var paths = FaqFolderTree.Paths(folders);
        string Path(int? id) => id is { } i ? string.Join(FaqFolderTree.Separator, paths[i]) : "(top)";
        if (stored is null)
        {
            stored = new FaqFolder();
            db.FaqFolders.Add(stored);
            audit.Add(db, actor, Area, "created", $"folder {name}", $"Parent: {Path(input.ParentId)}");
        }
        else
        {
            var changes = new AuditChanges().Add("Name", stored.Name, name).Add("Parent", Path(stored.ParentId), Path(input.ParentId));
            if (changes.None) return FaqChange.Done(stored.Id);
            audit.Add(db, actor, Area, "updated", $"folder {Path(stored.Id)}", changes.ToString());
        }
        (stored.Name, stored.ParentId) = (name, input.ParentId);
        await db.SaveChangesAsync(ct);
        // Folder names are indexed with their articles (a question naming a section finds it), so renames count too.
        await index.FolderChangedAsync(stored.Id, CancellationToken.None);
        return FaqChange.Done(stored.Id);
    }

    /// <summary>Only an empty folder that no channel draws its suggestions from can go: deleting articles with
    /// their folder by accident, or silently emptying a channel's suggestions, would be too easy otherwise.</summary>
    public async Task<FaqChange> DeleteFolderAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var folders = await db.FaqFolders.ToListAsync(ct);
        var stored = folders.FirstOrDefault(f => f.Id == id);
        if (stored is null) return FaqChange.Refused("", FaqAdminErrors.FolderMissing, "The folder no longer exists.");
        if (folders.Any(f => f.ParentId == id) || await db.FaqArticles.AnyAsync(a => a.FolderId == id, ct))
            return FaqChange.Refused("", FaqAdminErrors.FolderNotEmpty, "Only an empty folder can be deleted.");
        var channels = await db.Channels.AsNoTracking().Where(c => c.PreChat.FaqFolderId == id).Select(c => c.Name).ToListAsync(ct);
        if (channels.Count > 0)
            return FaqChange.Refused("", FaqAdminErrors.FolderInUse, $"Channels draw FAQ suggestions from this folder: {string.Join(", ", channels)}.", string.Join(", ", channels));

        var path = string.Join(FaqFolderTree.Separator, FaqFolderTree.Paths(folders)[id]);
        db.FaqFolders.Remove(stored);
        audit.Add(db, actor, Area, "deleted", $"folder {path}");
        await db.SaveChangesAsync(ct);
        await index.FolderChangedAsync(id, CancellationToken.None);
        return FaqChange.Done(id);
    }
}
