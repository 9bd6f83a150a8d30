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
    // How many of the best articles by the words' clauses the ranking-only clauses then re-order. An answer needs its
    // words to be shown at all (the confidence counts only them), so it is among the first few by them; 50 leaves room.
    private const int RerankPool = 50;

    /// <summary>The extra Swedish fields these clauses search: the words as typed and their 4-grams.</summary>
    private static void AddSwedishRankingFields(Dictionary<string, Analyzer> fields)
    {
        fields[PlainField] = FaqAnalyzers.Words;
        fields[FaqGrams.Field] = FaqGrams.Analyzer;
    }

    /// <summary>The ranking-only clauses of a Swedish question, from its lower-cased words as typed.</summary>
    private static IEnumerable<Query> SwedishRankingClauses(FaqTermStates terms, Analyzer analyzer, IReadOnlyList<string> typed)
    {
        var words = typed.Distinct().Take(MaxQueryTerms).ToList();
        foreach (var stem in words.Select(w => Stem(analyzer, w)).OfType<string>().Distinct())
            if (FaqGrams.Of(terms, stem, GramBoost) is { } grams) yield return grams;
        foreach (var word in words) yield return terms.Query(PlainField, word, PlainBoost);
    }

    /// <summary>
    /// A Swedish question's best <paramref name="max"/> articles: the best <see cref="RerankPool"/> by its words'
    /// clauses, re-ordered by all clauses (each article's score the same sum a search with all of them gives). The
    /// 4-grams and typed words match most of a large FAQ (every article shares a few four-letter pieces with a long
    /// question), so scoring them only for the pool, rather than for every article, is most of a long question's time
    /// saved (`tests/ChatDesk.Relevance -- --speed --stages`, README).
    /// </summary>
    private static ScoreDoc[] RankSwedish(
        IndexSearcher searcher, FaqClauseMatches matches, IReadOnlyList<Query> clauses, int wordClauses, Filter? inFolder, int max)
    {
        var pool = Search(searcher, AnyOf(clauses.Take(wordClauses)), inFolder, Math.Min(Math.Max(max, RerankPool), searcher.IndexReader.MaxDoc));
        // In document order, so each clause's scorer only moves forward (FaqClauseMatches).
        foreach (var hit in pool.OrderBy(h => h.Doc))
            for (var i = wordClauses; i < clauses.Count; i++)
                hit.Score += matches.Score(i, hit.Doc) ?? 0f;
        // Lucene's order: the higher score first, the lower document number on a tie.
        return [.. pool.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(max)];
    }
}
