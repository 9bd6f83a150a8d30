using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Swedish words as their four-letter pieces: the stems of an article's words cut into overlapping 4-grams
/// ("omhändertagand" → "omha", "mhan", …), and a question word's stem cut the same way. A word matches an article in
/// proportion to the pieces they share, so derivations and compounds the stemmer, the word list and the roots all
/// miss still count a little: "omhänderta" and "omhändertagande", "söka" and "ansökan", "avrop" and
/// "avropsförfrågningarna". Character n-grams are the classic remedy for Swedish morphology in retrieval; on SweFAQ
/// four and five letters did about as well and three worse (README).
/// </summary>
internal static class FaqGrams
{
    public const string Field = "grams";
    private const int Size = 4;

    /// <summary>The index side: the Swedish analysis (stop words, stems, folding), then every stem's 4-grams.</summary>
    public static readonly Analyzer Analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var chain = FaqAnalyzers.SwedishChain(reader);
        return new TokenStreamComponents(chain.Tokenizer, new NGramTokenFilter(FaqAnalyzers.Version, chain.TokenStream, Size, Size));
    });

    /// <summary>One question word's 4-grams, scored as the share of them an article has (times <paramref name="boost"/>),
    /// or null for a word shorter than a gram.</summary>
    public static Query? Of(FaqTermStates terms, string stem, float boost)
    {
        if (stem.Length < Size) return null;
        var grams = Enumerable.Range(0, stem.Length - Size + 1).Select(i => stem.Substring(i, Size)).Distinct().ToList();
        // Summed as a Boolean query would (tie-breaker 1; BM25 has no coord), but as a plain scorer: a nested Boolean
        // query gets its own bulk scorer with a table of 2,048 buckets per segment for every question word.
        var query = new DisjunctionMaxQuery(1f) { Boost = boost / grams.Count };
        foreach (var gram in grams) query.Add(terms.Query(Field, gram));
        return query;
    }
}
