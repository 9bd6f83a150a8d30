using ChatDesk.Data;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>Writes a checked file into a context (not saved here, so the caller commits it with its audit entry,
/// or as part of a larger import). Folders match by path and articles by path + language + title, both ignoring case.</summary>
public static class FaqImportWriter
{
    public static async Task<FaqImportCounts> ApplyAsync(ChatDeskDbContext db, FaqFile file, DateTimeOffset now, CancellationToken ct)
    {
        var folders = await db.FaqFolders.ToListAsync(ct);
        var byPath = new Dictionary<string, FaqFolder>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, names) in FaqFolderTree.Paths(folders).OrderBy(p => p.Key))
            byPath.TryAdd(PathKey(names), folders.First(f => f.Id == id)); // the oldest of same-named siblings wins

        var createdFolders = 0;
        FaqFolder Ensure(IReadOnlyList<string> names)
        {
            FaqFolder? parent = null;
            for (var depth = 1; depth <= names.Count; depth++)
            {
                var key = PathKey(names.Take(depth));
                if (!byPath.TryGetValue(key, out var folder))
                {
                    folder = new FaqFolder { Name = names[depth - 1], Parent = parent };
                    db.FaqFolders.Add(folder);
                    byPath[key] = folder;
                    createdFolders++;
                }
                parent = folder;
            }
            return parent!;
        }

        foreach (var folder in file.Folders ?? []) Ensure(FaqFileRules.Names(folder!.Path!));

        var existing = new Dictionary<string, FaqArticle>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in (await db.FaqArticles.ToListAsync(ct)).OrderBy(a => a.Id))
            existing.TryAdd(ArticleKey(article.FolderId, article.Language, article.Title), article);

        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var item in file.Articles ?? [])
        {
            var folder = Ensure(FaqFileRules.Names(item!.Folder!));
            var title = item.Title!.Trim();
            if (folder.Id > 0 && existing.TryGetValue(ArticleKey(folder.Id, item.Language!, title), out var stored))
            {
                if (stored.Title == title && stored.Body == item.Body && stored.Published == item.Published && stored.Public == item.Public)
                {
                    unchanged++;
                    continue;
                }
                (stored.Title, stored.Body, stored.Published, stored.Public, stored.UpdatedAt) = (title, item.Body!, item.Published, item.Public, now);
                updated++;
                continue;
            }
            db.FaqArticles.Add(new FaqArticle
            {
                Folder = folder, Language = item.Language!, Title = title, Body = item.Body!,
                Published = item.Published, Public = item.Public, UpdatedAt = now,
            });
            created++;
        }
        return new FaqImportCounts(createdFolders, created, updated, unchanged);
    }

    private static string PathKey(IEnumerable<string> names) => string.Join('\u001f', names.Select(n => n.Trim()));

    private static string ArticleKey(int folderId, string language, string title) => $"{folderId}\u001f{language}\u001f{title.Trim()}";
}
