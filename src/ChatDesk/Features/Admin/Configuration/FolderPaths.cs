using ChatDesk.Features.Faq;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>Folders travel as paths of names, root first; these helpers key, show and resolve them.</summary>
internal static class FolderPaths
{
    // A separator no folder name contains, so ["a/b"] and ["a", "b"] stay different keys.
    public static string Key(IEnumerable<string?>? names) => string.Join('\u001f', names ?? []);

    public static string Show(IEnumerable<string?>? names) => "'" + string.Join(" / ", names ?? []) + "'";

    /// <summary>Each folder's path, by id.</summary>
    public static Dictionary<int, List<string>> Of(IReadOnlyCollection<FaqFolder> folders)
    {
        var byId = folders.ToDictionary(f => f.Id);
        var paths = new Dictionary<int, List<string>>();
        List<string> PathOf(FaqFolder folder, int depth)
        {
            if (paths.TryGetValue(folder.Id, out var known)) return known;
            // A parent loop cannot be saved through the forms; stop rather than recurse forever.
            var path = folder.ParentId is { } parentId && depth < 64 && byId.TryGetValue(parentId, out var parent)
                ? [.. PathOf(parent, depth + 1), folder.Name]
                : new List<string> { folder.Name };
            paths[folder.Id] = path;
            return path;
        }
        foreach (var folder in folders) PathOf(folder, 0);
        return paths;
    }
}
