using ChatDesk.Data;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSearchIndex
{
    /// <summary>Builds the whole index from the database now. Questions meanwhile search the previous snapshot.</summary>
    public async Task ReindexAsync(CancellationToken ct)
    {
        await writing.WaitAsync(ct);
        try
        {
            await BuildAsync(ct);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>After an article was saved or deleted: re-reads just these articles and updates, adds or removes their
    /// documents (an unpublished or internal article leaves the index).</summary>
    public Task ArticlesChangedAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct) =>
        UpdateAsync(new Scope(articleIds, null), ct);

    /// <summary>After a folder was created, renamed, moved or deleted: re-reads the articles in it and below it, as their
    /// documents carry the folder's id and name.</summary>
    public Task FolderChangedAsync(int folderId, CancellationToken ct) => UpdateAsync(new Scope(null, folderId), ct);

    /// <summary>After an import touched an unknown set of articles and folders: compares every article with its
    /// document and rewrites only those that differ.</summary>
    public Task SyncAsync(CancellationToken ct) => UpdateAsync(new Scope(null, null), ct);

    /// <summary>Builds the index unless it already exists (the startup build; a question may have been first).</summary>
    public Task EnsureBuiltAsync(CancellationToken ct) => CurrentAsync(ct);

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref current) is { } ready) return ready;
        await writing.WaitAsync(ct);
        try
        {
            return current ?? await BuildAsync(ct);
        }
        finally
        {
            writing.Release();
        }
    }

    // Under `writing`. Reads, indexes and embeds the articles a page at a time, so that their text is garbage before
    // the next page is read: reading all 10,000 first kept every text alive through the collections the build sets
    // off, and questions answered meanwhile waited for those collections to copy it.
    private async Task<Snapshot> BuildAsync(CancellationToken ct)
    {
        var built = new Dictionary<string, LanguageIndex>();
        var vectorsBuilt = new Dictionary<int, float[]>();
        FolderPaths paths;
        await using (var db = await contexts.CreateDbContextAsync(ct)) paths = await ReadFolderPathsAsync(db, ct);
        for (var after = int.MinValue; ;)
        {
            var page = await ReadPageAsync(paths, after, ct);
            if (page.Count == 0) break;
            foreach (var article in page) Language(built, article.Language).Put(article);
            await EmbedAsync(page, vectorsBuilt, ct);
            after = page[^1].Id;
        }
        embedded = vectorsBuilt;
        PublishVectors(built, [.. built.Keys.Union(Volatile.Read(ref vectors).Keys)]);
        var snapshot = new Snapshot(built.ToDictionary(l => l.Key, l => l.Value.Open()));
        var replaced = languages;
        languages = built;
        Volatile.Write(ref current, snapshot);
        Interlocked.Increment(ref builds);
        // A search still running on a replaced reader finishes safely: RAMDirectory holds only managed memory.
        foreach (var old in replaced.Values) old.Dispose();
        return snapshot;
    }

    private async Task UpdateAsync(Scope scope, CancellationToken ct)
    {
        await writing.WaitAsync(ct);
        try
        {
            // Not built yet: the coming build reads the database after this change anyway.
            if (current is null) return;
            var wanted = await ReadAsync(scope, ct);
            var indexed = languages.Values.SelectMany(l => l.Articles.Values).Where(scope.Covers).ToDictionary(a => a.Id);
            var touched = new HashSet<string>();
            var changed = new List<ArticleText>();
            foreach (var id in wanted.Keys.Union(indexed.Keys))
            {
                var (now, before) = (wanted.GetValueOrDefault(id), indexed.GetValueOrDefault(id));
                if (now?.Article == before) continue;
                // Gone, unpublished, made internal or moved to another language: out of its old language's index.
                if (before is not null && before.Language != now?.Language)
                {
                    languages[before.Language].Remove(id);
                    touched.Add(before.Language);
                }
                if (now is null) continue;
                Language(languages, now.Language).Put(now);
                changed.Add(now);
                touched.Add(now.Language);
            }
            if (touched.Count == 0) return;
            await EmbedChangedAsync(changed, touched, ct);
            var searchers = new Dictionary<string, FaqSearcher>(current.Searchers);
            foreach (var language in touched) searchers[language] = languages[language].Open();
            Volatile.Write(ref current, new Snapshot(searchers));
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>How many articles a full build reads at a time.</summary>
    private const int PageSize = 500;

    /// <summary>The published public articles in <paramref name="scope"/>, as their documents would be built.</summary>
    private async Task<Dictionary<int, ArticleText>> ReadAsync(Scope scope, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var paths = await ReadFolderPathsAsync(db, ct);
        var query = Indexable(db);
        if (scope.ArticleIds is { } ids) query = query.Where(a => ids.Contains(a.Id));
        return (await ReadTextsAsync(query, paths, ct)).Where(a => scope.Covers(a.Article)).ToDictionary(a => a.Id);
    }

    /// <summary>The next <see cref="PageSize"/> published public articles after the id <paramref name="after"/>, in id order.</summary>
    private async Task<List<ArticleText>> ReadPageAsync(FolderPaths paths, int after, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ReadTextsAsync(Indexable(db).Where(a => a.Id > after).OrderBy(a => a.Id).Take(PageSize), paths, ct);
    }

    private static IQueryable<FaqArticle> Indexable(ChatDeskDbContext db) => db.FaqArticles.AsNoTracking().Where(a => a.Published && a.Public);

    private static async Task<List<ArticleText>> ReadTextsAsync(IQueryable<FaqArticle> query, FolderPaths paths, CancellationToken ct)
    {
        var rows = await query.Select(a => new { a.Id, a.FolderId, a.Language, a.Title, a.Body }).ToListAsync(ct);
        return [.. rows.Select(a =>
        {
            var (ids, names) = paths.Of(a.FolderId);
            return ArticleText.Of(a.Id, Normalize(a.Language), a.Title, a.Body, ids, names);
        })];
    }

    private static async Task<FolderPaths> ReadFolderPathsAsync(ChatDeskDbContext db, CancellationToken ct) =>
        new(await db.FaqFolders.AsNoTracking().ToDictionaryAsync(f => f.Id, f => (f.ParentId, f.Name), ct));

    private LanguageIndex Language(Dictionary<string, LanguageIndex> languages, string language) =>
        languages.TryGetValue(language, out var index) ? index : languages[language] = new LanguageIndex(language, ExtraFields(language));

    /// <summary>Each folder's ids and names from itself up to the root, joined once per folder: its articles share
    /// the same two strings rather than each holding copies.</summary>
    private sealed class FolderPaths(Dictionary<int, (int? ParentId, string Name)> folders)
    {
        private readonly Dictionary<int, (string Ids, string Names)> joined = [];

        public (string Ids, string Names) Of(int folderId)
        {
            if (joined.TryGetValue(folderId, out var path)) return path;
            var chain = SelfAndAncestors(folderId).ToList();
            return joined[folderId] = (string.Join(Separator, chain.Select(Id)), string.Join(Separator, chain.Select(f => folders[f].Name)));
        }

        private IEnumerable<int> SelfAndAncestors(int folderId)
        {
            var seen = new HashSet<int>();
            for (int? id = folderId; id is { } folder && folders.ContainsKey(folder) && seen.Add(folder); id = folders[folder].ParentId)
                yield return folder; // `seen` stops a corrupt parent cycle from looping forever
        }
    }

    /// <summary>Which articles an update looks at: the given ids, those in or below a folder, or all.</summary>
    private sealed record Scope(IReadOnlyCollection<int>? ArticleIds, int? FolderId)
    {
        public bool Covers(IndexedArticle article) =>
            (ArticleIds is null || ArticleIds.Contains(article.Id)) &&
            (FolderId is not { } folder || article.FolderIds.Split(Separator).Contains(FaqSearchIndex.Id(folder)));
    }
}
