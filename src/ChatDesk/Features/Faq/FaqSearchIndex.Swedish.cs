using ChatDesk.Data;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Swedish words beyond their stem. With a word list (<see cref="FaqSwedishDictionary"/>) every article also gets a
/// parts field, its words' stems plus the stems of the parts of each compound ("avkalkningslampan" adds "avkalkning", "lamp"),
/// so a question word finds the compounds it is part of with one exact term, and a compound in the question is split
/// the same way and its parts looked up as words. Without the list both fall back to the index's own vocabulary
/// (<see cref="FaqCompounds"/>), a suffix search on the reversed-word field and prefix searches, as before the list.
/// Every Swedish article also gets a root field (<see cref="FaqSwedishRoots"/>): "vaccinering" meets "vaccination".
/// </summary>
public sealed partial class FaqSearchIndex
{
    private const string PartsField = "parts", RootField = "root", LemmaField = "lemma";
    // Any form of a question word meeting any form of it in an article ("föräldrar" and "förälder", "omhändertagna"
    // and "omhändertaganden"): the same word, as the definite forms below. 0.9, 1 and 0.6 measured (README).
    private const float LemmaBoost = 0.9f;
    // A question word found as a part of an article's compound ("lampa" in "avkalkningslampa"), a little below the
    // word itself; the same as the suffix search it replaces.
    private const float PartOfCompoundBoost = 0.4f;
    // A question word's root matching an article word of another derivation ("investeringen" and "investerar"):
    // a weaker clue than the stem, but a verb and its noun usually say the same thing. 0.8 rather than 0.5 on
    // SweFAQ: one more answer in the top 3, the off-topic rate unchanged (0.3 and 1 measured too, README).
    private const float RootBoost = 0.8f;
    private const float DefiniteBoost = 0.9f;
    // Without a word list: prefix and suffix searches find longer forms and compounds. Swedish words share long stems
    // across unrelated compounds ("vaccin" of "vaccinationsintyg"), so a longer form counts for little.
    private const float SwedishPrefixBoost = 0.25f;
    private const float SuffixBoost = 0.4f;

    private readonly FaqSwedishDictionary? givenSwedishWords;
    private FaqSwedishDictionary? swedishWords;

    /// <summary>Creates the index with the Swedish word list it splits compounds against (and the embedder for
    /// semantic ranking, when there is one).</summary>
    public FaqSearchIndex(IDbContextFactory<ChatDeskDbContext> contexts, FaqSwedishDictionary swedishWords, IFaqEmbedder? embedder = null)
        : this(contexts, embedder) =>
        givenSwedishWords = swedishWords;

    /// <summary>The word list given, or the one at the Debian default path (read once per process).</summary>
    private FaqSwedishDictionary SwedishWords => swedishWords ??= givenSwedishWords ?? FaqSwedishDictionary.Default;

    /// <summary>The extra fields of a language's documents and their analysis: Swedish roots, and parts with a word list.</summary>
    private Dictionary<string, Analyzer> ExtraFields(string language)
    {
        if (Normalize(language) != "sv") return [];
        var fields = new Dictionary<string, Analyzer> { [RootField] = FaqSwedishRoots.Analyzer };
        AddSwedishRankingFields(fields);
        if (SwedishWords.IsEmpty) return fields;
        fields[PartsField] = SwedishWords.PartsAnalyzer;
        if (SwedishWords.Forms > 0) fields[LemmaField] = SwedishWords.LemmaAnalyzer;
        return fields;
    }

    /// <summary>A Swedish question word's clauses beyond its stem: its root, compounds it is part of, its own parts.</summary>
    private void AddSwedish(DisjunctionMaxQuery either, Analyzer analyzer, string word, string stem, FaqTermStates terms)
    {
        either.Add(terms.Query(RootField, FaqSwedishRoots.Of(stem), RootBoost));
        var words = SwedishWords;
        // The field exists only with a word list, but the index may have been built before it was there.
        if (words.IsEmpty || terms.Reader.GetSumDocFreq(PartsField) <= 0)
        {
            if (stem.Length >= MinPrefixLength)
            {
                either.Add(Expanded(new PrefixQuery(new Term(TitleField, stem)), TitleBoost * SwedishPrefixBoost));
                either.Add(Expanded(new PrefixQuery(new Term(BodyField, stem)), SwedishPrefixBoost));
                either.Add(Expanded(new PrefixQuery(new Term(ReversedField, Reverse(stem))), SuffixBoost));
            }
            if (Parts(analyzer, word, terms) is { } parts) either.Add(parts);
            return;
        }
        either.Add(terms.Query(PartsField, stem, PartOfCompoundBoost));
        either.Add(terms.Query(LemmaField, words.Lemma(word), LemmaBoost));
        // A definite form the stemmer left ("körkortet", "lampan") matches its word, nearly as the word itself.
        if (words.Lemma(word) is var lemma && lemma != stem)
        {
            either.Add(terms.Query(BodyField, lemma, DefiniteBoost));
            either.Add(terms.Query(TitleField, lemma, TitleBoost * DefiniteBoost));
            either.Add(terms.Query(PartsField, lemma, PartOfCompoundBoost));
        }
        var split = words.Split(word).Select(words.Lemma).Where(p => Known(terms, p)).Distinct().ToList();
        if (split.Count > 0) either.Add(PartsQuery(terms, split, withCompounds: true));
        else if (Parts(analyzer, word, terms) is { } vocabularyParts) either.Add(vocabularyParts);
    }

    // Split against the index's own vocabulary: parts the FAQ uses as words.
    private static BooleanQuery? Parts(Analyzer analyzer, string word, FaqTermStates terms)
    {
        var parts = FaqCompounds.Split(word, part => Stem(analyzer, part), terms, TitleField, BodyField);
        return parts.Count == 0 ? null : PartsQuery(terms, parts, withCompounds: false);
    }

    private static bool Known(FaqTermStates terms, string stem) =>
        terms.DocFreq(TitleField, stem) > 0 || terms.DocFreq(BodyField, stem) > 0 || terms.DocFreq(PartsField, stem) > 0;

    // A split compound's parts together stand for the word, a little below the word itself.
    private static BooleanQuery PartsQuery(FaqTermStates terms, IEnumerable<string> parts, bool withCompounds)
    {
        var query = new BooleanQuery { Boost = CompoundBoost };
        foreach (var part in parts)
        {
            var either = new DisjunctionMaxQuery(0.1f)
            {
                terms.Query(TitleField, part, TitleBoost),
                terms.Query(BodyField, part),
            };
            if (withCompounds) either.Add(terms.Query(PartsField, part, PartOfCompoundBoost));
            query.Add(either, Occur.SHOULD);
        }
        return query;
    }
}
