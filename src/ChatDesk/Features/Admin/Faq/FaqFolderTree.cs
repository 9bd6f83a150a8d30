using ChatDesk.Features.Faq;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>Folder paths and tree order. Folders only point at their parent, so both are worked out here, and a
/// corrupt parent cycle (which the schema cannot forbid) stops at the first repeat instead of looping.</summary>
internal static class FaqFolderTree
{
    public const string Separator = " / ";

    /// <summary>Each folder's names from the top down to itself.</summary>
    public static Dictionary<int, IReadOnlyList<string>> Paths(IReadOnlyCollection<FaqFolder> folders)
    {
        var byId = folders.ToDictionary(f => f.Id);
        var paths = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var folder in folders)
        {
            var names = new List<string>();
            var seen = new HashSet<int>();
            for (var at = folder; at is not null && seen.Add(at.Id); at = at.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
                names.Insert(0, at.Name);
            paths[folder.Id] = names;
        }
        return paths;
    }

    /// <summary>Depth first, siblings by name: the order a reader expects a tree in.</summary>
    public static IReadOnlyList<FaqFolderRow> Rows(IReadOnlyCollection<FaqFolder> folders, IReadOnlyDictionary<int, int> articleCounts)
    {
        var paths = Paths(folders);
        var ids = folders.Select(f => f.Id).ToHashSet();
        var children = folders.ToLookup(f => f.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var rows = new List<FaqFolderRow>();
        var visited = new HashSet<int>();
        void Walk(int? parent, int depth)
        {
            foreach (var folder in children[parent].OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(f => f.Id))
            {
                if (!visited.Add(folder.Id)) continue;
                rows.Add(new FaqFolderRow(folder.Id, folder.Name, folder.ParentId, string.Join(Separator, paths[folder.Id]), depth,
                    articleCounts.GetValueOrDefault(folder.Id)));
                Walk(folder.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }

    /// <summary>The folder and every folder below it.</summary>
    public static HashSet<int> SelfAndDescendants(IReadOnlyCollection<FaqFolder> folders, int id) =>
        SelfAndBelow([.. folders.Select(f => (f.Id, f.ParentId))], id);

    /// <summary>The same over listed rows, so the page offers exactly the moves the service allows.</summary>
    public static HashSet<int> SelfAndDescendants(IReadOnlyCollection<FaqFolderRow> rows, int id) =>
        SelfAndBelow([.. rows.Select(r => (r.Id, r.ParentId))], id);

    private static HashSet<int> SelfAndBelow(IReadOnlyList<(int Id, int? ParentId)> folders, int id)
    {
        var result = new HashSet<int> { id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (folderId, parentId) in folders)
                if (parentId is { } p && result.Contains(p) && result.Add(folderId)) grew = true;
        }
        return result;
    }
}
