using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Two more signals for Swedish questions that order the answers but weigh nothing in the confidence
/// (<see cref="FaqCutOff"/> counts the analysed words' clauses only), so they cannot turn noise into a suggestion:
/// the words as typed, stop words included (plain BM25 finds what stemming and stop lists lose: particle verbs
/// such as "skickas ut", and the small words that tell answers apart), and each word's 4-grams (<see cref="FaqGrams"/>).
/// Measured on SweFAQ with `tests/ChatDesk.Relevance -- --misses sv` and the odd/even halves (README): 4-grams
/// at 0.5 raised the ranking's R@3 from 0.71 to 0.77 (1 and 2 did worse); the typed words at 0.3 added one more.
/// </summary>
public sealed partial class FaqSearchIndex
{
    private const string PlainField = "plain";
    private const float PlainBoost = 0.3f;
    private const float GramBoost = 0.5f;
    private const int RerankPool = 50;

    /// <summary>The extra Swedish fields these clauses search: the words as typed and their 4-grams.</summary>
    private static void AddSwedishRankingFields(Dictionary<string, Analyzer> fields)
    {
        fields[PlainField] = FaqAnalyzers.Words;
        fields[FaqGrams.Field] = FaqGrams.Analyzer;
    }

    /// <summary>The ranking-only clauses of a Swedish question, from its lower-cased words as typed.</summary>
    private static BooleanQuery SwedishRankingQuery(Analyzer analyzer, IReadOnlyList<string> typed)
    {
        var query = new BooleanQuery();
        var words = typed.Distinct().Take(MaxQueryTerms).ToList();
        foreach (var stem in words.Select(w => Stem(analyzer, w)).OfType<string>().Distinct())
            if (FaqGrams.Of(stem, GramBoost) is { } grams) query.Add(grams, Occur.SHOULD);
        foreach (var word in words) query.Add(new TermQuery(new Term(PlainField, word)) { Boost = PlainBoost }, Occur.SHOULD);
        return query;
    }

    /// <summary>The best <paramref name="max"/> of the words' hits once the ranking-only clauses' scores are added
    /// (BM25 adds clause by clause, so the order is that of one query holding all clauses). Only the first
    /// <see cref="RerankPool"/> hits are re-scored: 4-grams are common terms, so a question's cost must not grow with
    /// every article that shares one (same figures on SweFAQ as scoring them all).</summary>
    private static ScoreDoc[] Reranked(IndexSearcher searcher, TopDocs found, Query? rerank, int max) =>
        rerank is null || found.ScoreDocs.Length == 0
            ? [.. found.ScoreDocs.Take(max)]
            : QueryRescorer.Rescore(searcher, found, rerank, 1, max).ScoreDocs;
}
