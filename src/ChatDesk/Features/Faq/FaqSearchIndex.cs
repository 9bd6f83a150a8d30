using System.Globalization;
using ChatDesk.Data;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Faq;

public sealed record FaqSuggestion(int ArticleId, string Title, string Excerpt, float Score);

/// <summary>
/// Full-text FAQ suggestions for a customer's question: one in-memory Lucene index per language, built from the
/// database on first use and rebuilt on the next query after <see cref="Invalidate"/>.
/// </summary>
public sealed partial class FaqSearchIndex(IDbContextFactory<ChatDeskDbContext> contexts)
{
    private const string IdField = "id", TitleField = "title", BodyField = "body", ExcerptField = "excerpt", FolderField = "folder",
        SectionField = "section", ReversedField = "reversed";

    // BM25 rather than Lucene's classic TF-IDF: it saturates repeated words and normalises length more gently, which
    // won on both relevance sets (README). Its scores are not comparable between questions: FaqCutOff accounts for it.
    private static readonly BM25Similarity Similarity = new();

    private readonly SemaphoreSlim building = new(1, 1);
    private Snapshot? current;
    private int generation;

    public async Task<IReadOnlyList<FaqSuggestion>> SuggestAsync(
        int? rootFolderId, string language, string question, int max, CancellationToken ct)
    {
        var (searcher, ranked) = await RankAsync(rootFolderId, language, question, max, ct);
        return [.. FaqCutOff.Shown(ranked, FaqCutOff.MinimumConfidence(language)).Select(c => ToSuggestion(searcher!.Doc(c.Doc), c.Score))];
    }

    /// <summary>The best <paramref name="max"/> articles before the cut-off, for the suggestion call and the relevance harness.</summary>
    internal async Task<(IndexSearcher? Searcher, IReadOnlyList<FaqCandidate> Ranked)> RankAsync(
        int? rootFolderId, string language, string question, int max, CancellationToken ct)
    {
        if (max <= 0 || string.IsNullOrWhiteSpace(question)) return (null, []);
        var snapshot = await CurrentAsync(ct);
        if (!snapshot.Searchers.TryGetValue(Normalize(language), out var searcher)) return (null, []);

        var (query, weights) = BuildQuery(language, searcher.IndexReader, question);
        if (query.Clauses.Count == 0 || weights.Sum() <= 0) return (null, []);
        // Articles carry every ancestor folder id, so one term finds a folder and all its sub-folders.
        var inFolder = rootFolderId is { } root ? new QueryWrapperFilter(new TermQuery(new Term(FolderField, Id(root)))) : null;
        // Lucene sizes its result queue by the count asked for, so never ask for more than the index holds.
        // Each word's clause is rewritten once (prefix, suffix and typo forms expanded), for the search and its coverage.
        var clauses = query.Clauses.Select(c => searcher.Rewrite(c.Query)).ToList();
        var rewritten = new BooleanQuery();
        foreach (var clause in clauses) rewritten.Add(clause, Occur.SHOULD);
        var hits = searcher.Search(rewritten, inFolder, Math.Min(max, searcher.IndexReader.MaxDoc)).ScoreDocs;
        return (searcher, [.. hits.Select(h => new FaqCandidate(h.Doc, h.Score, Confidence(searcher, clauses, weights, h)))]);
    }

    /// <summary>The article id of a ranked candidate.</summary>
    internal static int ArticleId(IndexSearcher searcher, FaqCandidate candidate) =>
        searcher.Doc(candidate.Doc).GetField(IdField).GetInt32Value() ?? 0;

    /// <summary>Rebuilds the index from the database now.</summary>
    public async Task ReindexAsync(CancellationToken ct)
    {
        Invalidate();
        await CurrentAsync(ct);
    }

    /// <summary>Call after any change to articles or folders; the next query rebuilds the index.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref current) is { } fresh && fresh.Generation == Volatile.Read(ref generation)) return fresh;
        await building.WaitAsync(ct);
        try
        {
            // Read the generation before the database: an edit committed while we build bumps it again, so the next
            // query rebuilds instead of trusting an index that may have missed the edit.
            var wanted = Volatile.Read(ref generation);
            if (current is { } built && built.Generation == wanted) return built;
            var snapshot = await BuildAsync(wanted, ct);
            // The replaced snapshot is not disposed: RAMDirectory and its readers hold only managed memory, so a
            // search still running on it finishes safely and the GC reclaims it afterwards.
            Volatile.Write(ref current, snapshot);
            return snapshot;
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<Snapshot> BuildAsync(int wanted, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var folders = await db.FaqFolders.AsNoTracking().ToDictionaryAsync(f => f.Id, f => (f.ParentId, f.Name), ct);
        var articles = await db.FaqArticles.AsNoTracking()
            .Where(a => a.Published && a.Public)
            .Select(a => new IndexedArticle(a.Id, a.FolderId, a.Language, a.Title, a.Body))
            .ToListAsync(ct);

        var searchers = articles
            .GroupBy(a => Normalize(a.Language))
            .ToDictionary(g => g.Key, g => new IndexSearcher(Write(g.Key, g, folders)) { Similarity = Similarity });
        return new Snapshot(wanted, searchers);
    }

    private static DirectoryReader Write(string language, IEnumerable<IndexedArticle> articles, Dictionary<int, (int? ParentId, string Name)> folders)
    {
        var directory = new RAMDirectory();
        var analyzer = new PerFieldAnalyzerWrapper(FaqAnalyzers.For(language),
            new Dictionary<string, Analyzer> { [ReversedField] = FaqAnalyzers.ReversedFor(language) });
        var config = new IndexWriterConfig(FaqAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = Similarity };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in articles)
            {
                var document = new Document
                {
                    new StoredField(IdField, article.Id),
                    new TextField(TitleField, article.Title, Field.Store.YES),
                    new TextField(BodyField, article.Body, Field.Store.NO),
                    new TextField(ReversedField, article.Title + "\n" + article.Body, Field.Store.NO),
                    new StoredField(ExcerptField, Excerpt(article.Body)),
                };
                foreach (var folder in SelfAndAncestors(article.FolderId, folders))
                {
                    document.Add(new StringField(FolderField, Id(folder), Field.Store.NO));
                    document.Add(new TextField(SectionField, folders[folder].Name, Field.Store.NO));
                }
                writer.AddDocument(document);
            }
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    private static IEnumerable<int> SelfAndAncestors(int folderId, Dictionary<int, (int? ParentId, string Name)> folders)
    {
        var seen = new HashSet<int>();
        for (int? id = folderId; id is { } folder && folders.ContainsKey(folder) && seen.Add(folder); id = folders[folder].ParentId)
            yield return folder; // `seen` stops a corrupt parent cycle from looping forever
    }

    /// <summary>The start of the body as one line of plain text, cut at a word boundary.</summary>
    internal static string Excerpt(string body, int length = 160)
    {
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        var start = (cut > length / 2 ? text[..cut] : text[..length]).TrimEnd(' ', ',', ';', ':', '.', '–', '-');
        return start + "…";
    }

    private static string Normalize(string language) => language.Trim().ToLowerInvariant();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record IndexedArticle(int Id, int FolderId, string Language, string Title, string Body);

    private sealed record Snapshot(int Generation, IReadOnlyDictionary<string, IndexSearcher> Searchers);
}
