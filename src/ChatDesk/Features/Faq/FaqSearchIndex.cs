using System.Globalization;
using ChatDesk.Data;
using ChatDesk.Features.Channels;
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
/// database in the background at startup (<see cref="FaqIndexStartup"/>) and kept current by updating only the
/// documents an admin change touched. Questions always search the latest finished snapshot and never wait for a
/// build or update; only a question before the very first build waits for it, as there is nothing to answer from yet.
/// </summary>
public sealed partial class FaqSearchIndex(IDbContextFactory<ChatDeskDbContext> contexts, IFaqEmbedder? embedder = null)
{
    private const string IdField = "id", TitleField = "title", BodyField = "body", ExcerptField = "excerpt", FolderField = "folder",
        SectionField = "section", ReversedField = "reversed", KeyField = "key";
    /// <summary>The article id again as a doc value, from which <see cref="FaqSearcher"/> maps articles and documents.</summary>
    internal const string IdValueField = "idvalue";

    // BM25 rather than Lucene's classic TF-IDF: it saturates repeated words and normalises length more gently, which
    // won on both relevance sets (README). Its scores are not comparable between questions: FaqCutOff accounts for it.
    private static readonly BM25Similarity Similarity = new();

    /// <summary>Suggestions a customer is shown at most.</summary>
    public const int MaxShown = 3;

    // Serialises builds and updates (never questions): the writers and what they hold are touched only under it.
    private readonly SemaphoreSlim writing = new(1, 1);
    private Dictionary<string, LanguageIndex> languages = [];
    private Snapshot? current;
    private int builds;

    /// <summary>How many full builds ran: tests show that an edit updates the index without one.</summary>
    internal int Builds => Volatile.Read(ref builds);

    public async Task<IReadOnlyList<FaqSuggestion>> SuggestAsync(
        int? rootFolderId, string language, string question, int max, CancellationToken ct)
    {
        if (await SuggestFusedAsync(rootFolderId, language, question, max, ct) is { } fused) return fused;
        var (searcher, ranked) = await RankAsync(rootFolderId, language, question, max, ct);
        return [.. FaqCutOff.Shown(ranked, FaqCutOff.MinimumConfidence(language), FaqCutOff.ShareOfBest(language)).Select(c => ToSuggestion(searcher!.Doc(c.Doc), c.Score))];
    }

    /// <summary>What a channel's customer is offered for a question: up to three articles of the channel's FAQ folder
    /// in its language, or none when the channel offers no suggestions. The customer page and /api/channels/{slug}/faq/suggestions both
    /// ask this, so they always agree.</summary>
    public async Task<IReadOnlyList<FaqSuggestion>> SuggestForChannelAsync(ChatChannel channel, string question, CancellationToken ct) =>
        channel.PreChat.FaqSuggestions ? await SuggestAsync(channel.PreChat.FaqFolderId, channel.Language, question, MaxShown, ct) : [];

    /// <summary>The best <paramref name="max"/> articles before the cut-off, for the suggestion call and the relevance harness.</summary>
    internal async Task<(FaqSearcher? Searcher, IReadOnlyList<FaqCandidate> Ranked)> RankAsync(
        int? rootFolderId, string language, string question, int max, CancellationToken ct)
    {
        if (max <= 0 || string.IsNullOrWhiteSpace(question)) return (null, []);
        var snapshot = await CurrentAsync(ct);
        if (!snapshot.Searchers.TryGetValue(Normalize(language), out var searcher)) return (null, []);
        return (searcher, Rank(searcher, Prepare(searcher, language, question), language, rootFolderId, max, null));
    }

    /// <summary>A question's word clauses, each rewritten once (prefix, suffix and typo forms expanded) for the search
    /// and its coverage, with their weights; null when no word can match. Most of a keyword ranking's time.</summary>
    private PreparedQuery? Prepare(IndexSearcher searcher, string language, string question)
    {
        var (query, weights) = BuildQuery(language, searcher.IndexReader, question);
        if (query.Clauses.Count == 0 || weights.Sum() <= 0) return null;
        return new PreparedQuery([.. query.Clauses.Select(c => searcher.Rewrite(c.Query))], weights);
    }

    /// <param name="onlyArticles">When given, ranks just these articles (the fusion's semantic candidates), which
    /// Lucene then reaches through their documents rather than by scoring every article that shares a word.</param>
    private IReadOnlyList<FaqCandidate> Rank(
        IndexSearcher searcher, PreparedQuery? prepared, string language, int? rootFolderId, int max, IReadOnlyCollection<int>? onlyArticles)
    {
        if (prepared is not var (clauses, weights)) return [];
        // Articles carry every ancestor folder id, so one term finds a folder and all its sub-folders.
        var inFolder = rootFolderId is { } root ? FolderFilter(root) : null;
        // Lucene sizes its result queue by the count asked for, so never ask for more than the index holds.
        var matches = new FaqClauseMatches(searcher, clauses);
        var wordsOnly = Normalize(language) == "sv";
        var hits = onlyArticles is not null
            ? searcher.Search(Among(AnyOf(clauses), onlyArticles), Math.Min(max, searcher.IndexReader.MaxDoc)).ScoreDocs
            : wordsOnly && clauses.Count > weights.Count
                ? RankSwedish(searcher, matches, clauses, weights.Count, inFolder, max)
                : Search(searcher, AnyOf(clauses), inFolder, Math.Min(max, searcher.IndexReader.MaxDoc));
        // In document order, so each clause's scorer only moves forward (FaqClauseMatches).
        var confidences = new float[hits.Length];
        foreach (var i in Enumerable.Range(0, hits.Length).OrderBy(i => hits[i].Doc))
            confidences[i] = Confidence(matches, weights, hits[i], wordsOnly);
        return [.. hits.Select((h, i) => new FaqCandidate(h.Doc, h.Score, confidences[i]))];
    }

    /// <summary>The clauses as one query that any of them matches, scored as their sum.</summary>
    private static BooleanQuery AnyOf(IEnumerable<Query> clauses)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses) query.Add(clause, Occur.SHOULD);
        return query;
    }

    /// <summary>The article id of a ranked candidate.</summary>
    internal static int ArticleId(FaqSearcher searcher, FaqCandidate candidate) => searcher.ArticleOf(candidate.Doc);

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

    /// <summary>What one article's document was built from, as the index keeps it: equal records mean an unchanged
    /// document. The title and body are kept only as a fingerprint (<see cref="ArticleText"/>): a full build then keeps
    /// no article text beside the index, so the collector has less to copy forward while questions wait on it. Folder
    /// ids and names (the article's folder and its ancestors) are joined into strings so that record equality compares them.</summary>
    private sealed record IndexedArticle(int Id, string Language, UInt128 Text, string FolderIds, string FolderNames);

    /// <summary>The searchers questions use: immutable, replaced as a whole after every build or update.</summary>
    private sealed record Snapshot(IReadOnlyDictionary<string, FaqSearcher> Searchers);

    private sealed record PreparedQuery(IReadOnlyList<Query> Clauses, List<float> Weights);
}
