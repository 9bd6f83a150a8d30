using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSearchIndex
{
    /// <summary>Candidates the semantic ranking offers the fusion: the right answer is nearly always among them.</summary>
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
    internal async Task<(FaqSearcher Searcher, IReadOnlyList<FaqFused> Ranked)?> RankFusedAsync(
        int? rootFolderId, string language, string question, CancellationToken ct)
    {
        if (embedder is null || string.IsNullOrWhiteSpace(question)) return null;
        var snapshot = await CurrentAsync(ct);
        var key = Normalize(language);
        if (!Volatile.Read(ref vectors).TryGetValue(key, out var set) || !snapshot.Searchers.TryGetValue(key, out var searcher)) return null;
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        if (embedder.Embed(language, text) is not { } asked) return null;

        // Semantic ranking picks the candidates; keyword ranking then scores just those. Scoring every article that
        // shares a word with the question cost 20 ms at 10,000 articles, and the fusion weighs keywords lightly.
        var nearest = set.Nearest(asked, rootFolderId, FusionPool);
        var keyword = Rank(searcher, Prepare(searcher, language, question), language, rootFolderId, FusionPool, [.. nearest.Select(n => n.ArticleId)]);
        var byArticle = new Dictionary<int, FaqFused>();
        foreach (var (articleId, cosine) in nearest)
            if (searcher.DocOf(articleId) is { } doc) byArticle[articleId] = new FaqFused(doc, articleId, cosine, 0, -1, 0);
        for (var rank = 0; rank < keyword.Count; rank++)
        {
            var hit = keyword[rank];
            if (byArticle.TryGetValue(ArticleId(searcher, hit), out var known))
                byArticle[known.ArticleId] = known with { KeywordConfidence = hit.Confidence, KeywordRank = rank };
        }
        return (searcher, [.. byArticle.Values.Select(FaqFusion.Scored).OrderByDescending(c => c.Score).ThenBy(c => c.ArticleId)]);
    }

    // Lucene's filter leads, so the question's words are looked up only in these few documents.
    private static FilteredQuery Among(Query query, IReadOnlyCollection<int> articleIds)
    {
        var keys = new BooleanQuery();
        foreach (var id in articleIds) keys.Add(new TermQuery(new Term(KeyField, Id(id))), Occur.SHOULD);
        return new FilteredQuery(query, new QueryWrapperFilter(keys), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
    }
}
