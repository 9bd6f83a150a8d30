using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Swedish word roots: the Snowball stem without its derivational ending, so a verb, its noun and its participle
/// meet ("vaccinera", "vaccinering", "vaccination" → "vaccin"; "bedöma", "bedömning" → "bedöm"). Snowball strips
/// inflections only; these endings make new words from the same root, so a root match is a weaker clue than a stem.
/// </summary>
internal static class FaqSwedishRoots
{
    private const int MinRootLength = 4;
    private static readonly string[] Endings = ["ering", "ation", "ning", "ande", "ende", "era", "ing", "ad", "at", "er", "a"];

    public static readonly Analyzer Analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(FaqAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(FaqAnalyzers.Version, source);
        stream = new StopFilter(FaqAnalyzers.Version, stream, SwedishAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(source, new RootFilter(new ASCIIFoldingFilter(stream)));
    });

    /// <summary>The root of a stem (as the index's Swedish analysis gives it).</summary>
    public static string Of(string stem)
    {
        foreach (var ending in Endings)
            if (stem.Length - ending.Length >= MinRootLength && stem.EndsWith(ending, StringComparison.Ordinal))
                return stem[..^ending.Length];
        return stem;
    }

    private sealed class RootFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var root = Of(term.ToString());
            if (root.Length != term.Length) term.SetEmpty().Append(root);
            return true;
        }
    }
}
