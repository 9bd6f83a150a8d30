using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSwedishDictionary
{
    private Analyzer? partsAnalyzer;
    // A word's parts are the same in every article and every build: splitting is a dictionary search per letter,
    // so without this the Swedish build split every word of every article again (×41 plain BM25's build time).
    private readonly ConcurrentDictionary<string, string[]> partsOf = new(StringComparer.Ordinal);
    private const int MaxRemembered = 200_000;

    /// <summary>A lower-cased word's lemma and the lemmas of its compound parts, remembered per process.</summary>
    public string[] PartsOf(string word)
    {
        if (partsOf.TryGetValue(word, out var parts)) return parts;
        if (partsOf.Count > MaxRemembered) partsOf.Clear();
        return partsOf[word] = [Lemma(word), .. Split(word).Select(Lemma)];
    }

    /// <summary>An article's text as the stems of its words and of the parts of its compounds, as Lucene's
    /// DictionaryCompoundWordTokenFilter does: "Avkalkningslampan lyser" gives "avkalkningslamp", "avkalkning",
    /// "lamp", "lys". The index's parts field: holding every word too, its statistics (how rare "lamp" is) are
    /// those of the whole text, not of the compounds alone.</summary>
    public Analyzer PartsAnalyzer => partsAnalyzer ??= Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(FaqAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(FaqAnalyzers.Version, source);
        stream = new StopFilter(FaqAnalyzers.Version, stream, SwedishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, new PartsFilter(stream, this));
    });

    /// <summary>Replaces each word by its stem and the stems of its compound parts.</summary>
    private sealed class PartsFilter(TokenStream input, FaqSwedishDictionary words) : TokenFilter(input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();
        private readonly IPositionIncrementAttribute position = input.AddAttribute<IPositionIncrementAttribute>();
        private readonly Queue<string> pending = new();

        public override bool IncrementToken()
        {
            while (pending.Count == 0)
            {
                if (!m_input.IncrementToken()) return false;
                foreach (var part in words.PartsOf(term.ToString())) pending.Enqueue(part);
            }
            term.SetEmpty().Append(pending.Dequeue());
            position.PositionIncrement = 1; // parts follow their word: no phrase queries run on this field
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            pending.Clear();
        }
    }
}
