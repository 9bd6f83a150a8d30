using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSearchIndex
{
    /// <summary>Candidates each ranking offers the fusion: the right answer is nearly always among the first few of one.</summary>
    private const int FusionPool = 10;

    /// <summary>The suggestions from keyword and semantic ranking fused (<see cref="FaqFusion"/>), or null when semantic
    /// ranking does not apply: no embedder, a language without a model, no vectors yet, or the model failed.</summary>
    private async Task<IReadOnlyList<FaqSuggestion>?> SuggestFusedAsync(
        int? rootFolderId, string language, string question, int max, CancellationToken ct)
    {
        if (await RankFusedAsync(rootFolderId, language, question, ct) is not { } fused) return null;
        return [.. FaqFusion.Shown(fused.Ranked).Take(max).Select(c => ToSuggestion(fused.Searcher.Doc(c.Doc), c.Score))];
    }

    /// <summary>Both rankings' candidates with both signals, best fused score first, before the cut-off (for the
    /// suggestion call and the relevance harness).</summary>
    internal async Task<(IndexSearcher Searcher, IReadOnlyList<FaqFused> Ranked)?> RankFusedAsync(
        int? rootFolderId, string language, string question, CancellationToken ct)
    {
        if (embedder is null || string.IsNullOrWhiteSpace(question)) return null;
        var snapshot = await CurrentAsync(ct);
        var key = Normalize(language);
        if (!Volatile.Read(ref vectors).TryGetValue(key, out var set) || !snapshot.Searchers.TryGetValue(key, out var searcher)) return null;
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        if (embedder.Embed(language, text) is not { } asked) return null;

        var (_, keyword) = await RankAsync(rootFolderId, language, question, FusionPool, ct);
        var byArticle = new Dictionary<int, FaqFused>();
        for (var rank = 0; rank < keyword.Count; rank++)
        {
            var hit = keyword[rank];
            byArticle[ArticleId(searcher, hit)] = new FaqFused(hit.Doc, ArticleId(searcher, hit), 0, hit.Confidence, rank, 0);
        }
        foreach (var (articleId, cosine) in set.Nearest(asked, rootFolderId, FusionPool))
        {
            if (byArticle.TryGetValue(articleId, out var known)) byArticle[articleId] = known with { Cosine = cosine };
            else if (DocOf(searcher, articleId) is { } doc) byArticle[articleId] = new FaqFused(doc, articleId, cosine, 0, -1, 0);
        }
        // A keyword hit the semantic pool missed still gets its own cosine, so both signals are always there.
        foreach (var (articleId, candidate) in byArticle.Where(c => c.Value.Cosine == 0).ToList())
            if (set.CosineOf(asked, articleId) is { } cosine) byArticle[articleId] = candidate with { Cosine = cosine };
        return (searcher, [.. byArticle.Values.Select(FaqFusion.Scored).OrderByDescending(c => c.Score).ThenBy(c => c.ArticleId)]);
    }

    private static int? DocOf(IndexSearcher searcher, int articleId) =>
        searcher.Search(new TermQuery(new Term(KeyField, Id(articleId))), 1).ScoreDocs is [var hit, ..] ? hit.Doc : null;
}
