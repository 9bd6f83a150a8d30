using ChatDesk.Data;
using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Relevance;

/// <summary>
/// The app's database in memory, migrated like the real one, holding the demo FAQ and one folder per relevance set,
/// with the product's own suggestion index over it. Articles go in through the DbContext as the admin pages save
/// them: the JSON import upserts by title, and SweFAQ answers have none.
/// </summary>
public sealed class RelevanceWorld : IDbContextFactory<ChatDeskDbContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DbContextOptions<ChatDeskDbContext> options;

    private RelevanceWorld()
    {
        connection.Open();
        options = new DbContextOptionsBuilder<ChatDeskDbContext>().UseSqlite(connection).Options;
        Index = new FaqSearchIndex(this, Embedder);
        KeywordIndex = new FaqSearchIndex(this);
    }

    /// <summary>The app's embedder with `Faq:Semantic` on (its default).</summary>
    public static IFaqEmbedder Embedder { get; } = new MiniLmFaqEmbedder(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Faq:Semantic"] = "true" }).Build(),
        NullLogger<MiniLmFaqEmbedder>.Instance);

    /// <summary>The product's index as customers get it: keyword and semantic ranking for English.</summary>
    public FaqSearchIndex Index { get; }
    /// <summary>The same index with `Faq:Semantic` off: keyword ranking only.</summary>
    public FaqSearchIndex KeywordIndex { get; }
    public IReadOnlyDictionary<string, int> DemoRoots { get; private set; } = new Dictionary<string, int>();
    /// <summary>Per set name: its folder and, per article key, the article's id.</summary>
    public Dictionary<string, (int FolderId, Dictionary<int, int> ArticleIds)> Sets { get; } = [];

    public ChatDeskDbContext CreateDbContext() => new(options);

    /// <param name="storedVectors">Vectors per article text, stored with the articles as a save would have: the speed
    /// check copies each article many times and need not compute the same vector again for every copy.</param>
    public static async Task<RelevanceWorld> CreateAsync(
        IEnumerable<RelevanceSet> sets, CancellationToken ct, Func<string, string, byte[]?>? storedVectors = null)
    {
        var world = new RelevanceWorld();
        await using var db = world.CreateDbContext();
        await db.Database.MigrateAsync(ct);
        var roots = DemoFaq.Load(db, DateTimeOffset.UnixEpoch);
        await db.SaveChangesAsync(ct);
        world.DemoRoots = roots.ToDictionary(r => r.Key, r => r.Value.Id);
        foreach (var set in sets)
        {
            var folder = new FaqFolder { Name = set.Name };
            db.FaqFolders.Add(folder);
            var articles = set.Articles.ToDictionary(a => a.Key, a => new FaqArticle
            {
                Folder = folder, Language = set.Language, Title = a.Title, Body = a.Body, UpdatedAt = DateTimeOffset.UnixEpoch,
                Embedding = storedVectors?.Invoke(set.Language, FaqSearchIndex.EmbeddingText(a.Title, a.Body)),
                EmbeddingModel = storedVectors is null ? null : Embedder.ModelFor(set.Language),
            });
            db.FaqArticles.AddRange(articles.Values);
            await db.SaveChangesAsync(ct);
            world.Sets[set.Name] = (folder.Id, articles.ToDictionary(a => a.Key, a => a.Value.Id));
        }
        await world.Index.ReindexAsync(ct);
        await world.KeywordIndex.ReindexAsync(ct);
        // As the app does after its startup build (FaqIndexStartup).
        FaqIndexStartup.CompactHeap();
        return world;
    }

    public void Dispose() => connection.Dispose();
}
