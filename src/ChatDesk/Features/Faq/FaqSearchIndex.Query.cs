using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>Questions become Lucene queries and hits become suggestions.</summary>
public sealed partial class FaqSearchIndex
{
    private const float TitleBoost = 2.5f;
    private const float SectionBoost = 1f;
    // Stems are prefixes of the forms a stemmer misses and of compounds: Swedish "paket" of "paketet", "avkalkning"
    // of "avkalkningslampa"; English "forgot" of "forgotten". Worth less than the word itself, and only from four
    // letters, so "var" (vara) does not pull in "varför".
    private const float PrefixBoost = 0.5f;
    private const int MinPrefixLength = 4;
    // A split compound's parts together stand for the word, a little below the word itself.
    private const float CompoundBoost = 0.7f;
    // One typo (a wrong, missing or extra letter, or two swapped) in a word of six letters or more that the index does
    // not know; a guess, so low. A known word is not expanded: "week" must not find "weak".
    private const float FuzzyBoost = 0.3f;
    private const int MinFuzzyLength = 5;
    // A question word that says what the customer wants ("where is my parcel" wants tracking) adds its hint word.
    private const float HintBoost = 1f;
    private const int MaxQuestionLength = 1000;
    private const int MaxQueryTerms = 40;
    private const int MaxExpansions = 30;

    /// <summary>
    /// One clause per distinct analysed word, matching the title (boosted), the body or the folder names, each the
    /// word itself or, weaker, a longer form, a compound's parts or a one-letter typo. The query is built from
    /// tokens rather than parsed, so customer text such as "AND", quotes or "*" is never query syntax.
    /// Also returns each word's weight (its BM25 IDF), the yardstick of <see cref="FaqCutOff"/>.
    /// </summary>
    private (BooleanQuery Query, List<float> Weights) BuildQuery(string language, IndexReader reader, string question)
    {
        var analyzer = FaqAnalyzers.For(language);
        var swedish = Normalize(language) == "sv";
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var terms = new FaqTermStates(reader);
        var query = new BooleanQuery();
        var weights = new List<float>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hints = new List<string>();
        var typed = Tokens(FaqAnalyzers.Words, text);
        foreach (var word in typed)
        {
            hints.AddRange(FaqAnalyzers.Hints(language, word));
            if (Stem(analyzer, word) is not { } stem || !seen.Add(stem)) continue;
            if (seen.Count > MaxQueryTerms) break;
            var (idf, known) = Idf(terms, stem);
            weights.Add(idf);
            // Dismax scores a word by its best way of matching, so a word in both title and body is not counted twice.
            var either = new DisjunctionMaxQuery(0.1f)
            {
                terms.Query(TitleField, stem, TitleBoost),
                terms.Query(BodyField, stem),
                terms.Query(SectionField, stem, SectionBoost),
            };
            // Swedish has its own (FaqSearchIndex.Swedish.cs).
            if (!swedish && stem.Length >= MinPrefixLength)
            {
                either.Add(Expanded(new PrefixQuery(new Term(TitleField, stem)), TitleBoost * PrefixBoost));
                either.Add(Expanded(new PrefixQuery(new Term(BodyField, stem)), PrefixBoost));
            }
            if (!known && stem.Length >= MinFuzzyLength)
            {
                either.Add(Expanded(new FuzzyQuery(new Term(TitleField, stem), 1, 1, MaxExpansions, true), TitleBoost * FuzzyBoost));
                either.Add(Expanded(new FuzzyQuery(new Term(BodyField, stem), 1, 1, MaxExpansions, true), FuzzyBoost));
            }
            if (swedish) AddSwedish(either, analyzer, word, stem, terms);
            query.Add(either, Occur.SHOULD);
        }
        // After the words' clauses, which alone make the confidence (FaqSearchIndex.SwedishRanking.cs).
        if (swedish) foreach (var clause in SwedishRankingClauses(terms, analyzer, typed)) query.Add(clause, Occur.SHOULD);
        // Hints come after the words' clauses and weigh nothing in the confidence: they order answers, never add one.
        foreach (var hint in hints.Distinct().Select(h => Stem(analyzer, h)).OfType<string>().Where(h => !seen.Contains(h)))
            query.Add(terms.Query(TitleField, hint, TitleBoost * HintBoost), Occur.SHOULD);
        return (query, weights);
    }

    /// <summary>
    /// See <see cref="FaqCandidate"/>. The coverage part (IDF of the words the article matches in any way over the IDF
    /// of all) is what tells an answer from noise: a shop FAQ shares a word or two with any question, the article
    /// that answers it shares most of them. Measured, the product of both separates better than either alone.
    /// With <paramref name="wordsOnly"/> (Swedish) the score part is the words' clauses' alone, without the
    /// ranking-only clauses after them (BM25 scores add up clause by clause).
    /// </summary>
    private static float Confidence(FaqClauseMatches clauses, List<float> weights, ScoreDoc hit, bool wordsOnly)
    {
        var matched = 0f;
        var words = 0f;
        for (var i = 0; i < weights.Count; i++)
        {
            if (clauses.Score(i, hit.Doc) is not { } score) continue;
            matched += weights[i];
            words += score;
        }
        var total = weights.Sum();
        return (wordsOnly ? words : hit.Score) / total * MathF.Sqrt(matched / total);
    }

    // Scored like the words it expands to, not as a constant, so a rare longer word still counts for more; capped so
    // a short stem in a large FAQ never expands past Lucene's clause limit.
    private static MultiTermQuery Expanded(MultiTermQuery query, float boost)
    {
        query.Boost = boost;
        query.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
        return query;
    }

    // BM25's IDF. A word the index lacks counts as the rarest word it has: it may still match as a typo, a compound
    // or a longer form, and those rare forms score about that much; counting it higher would hide such matches.
    private static (float Idf, bool Known) Idf(FaqTermStates terms, string stem)
    {
        var reader = terms.Reader;
        var found = Math.Max(terms.DocFreq(TitleField, stem), terms.DocFreq(BodyField, stem));
        var docFreq = Math.Max(1, found);
        return ((float)Math.Log(1 + (reader.MaxDoc - docFreq + 0.5) / (docFreq + 0.5)), found > 0);
    }

    private static string? Stem(Analyzer analyzer, string word) => Tokens(analyzer, word).FirstOrDefault();

    private static string Reverse(string text)
    {
        var letters = text.ToCharArray();
        Array.Reverse(letters);
        return new string(letters);
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(BodyField, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    private static FaqSuggestion ToSuggestion(Document document, float score) => new(
        document.GetField(IdField).GetInt32Value() ?? 0, document.Get(TitleField), document.Get(ExcerptField), score);
}
