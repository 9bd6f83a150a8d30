using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Language-aware analysis, the same at index and query time: lower-case, stop words, stemming and accent folding,
/// so "Returning", "returned" and "return" meet, and "aterbetalning" typed without å still finds "återbetalning".
/// </summary>
internal static class FaqAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Snowball's English list rather than Lucene's short default: it also drops question words (what, how, my,
    // can't...), which every customer question has and which would otherwise tie unrelated questions to FAQ titles.
    // The chat fillers go for the same reason: "Hi, can you help me" says nothing about which article helps.
    private static readonly CharArraySet EnglishStopWords = StopWords(
        SnowballStopWords("english_stop.txt"), "can", "will", "hi", "hello", "hey", "please", "thanks", "thank", "want", "need", "help");
    private static readonly CharArraySet SwedishStopWords = StopWords(
        SwedishAnalyzer.DefaultStopSet, "hej", "hallå", "tack", "snälla", "vill", "behöver", "hjälp");

    private static readonly Analyzer English = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishStopWords);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    });

    // Swedish stems before folding: the stemmer knows å, ä and ö. The stop lists hold both "när" and "nar" so
    // customers typing without Swedish letters lose their filler words too. Snowball rather than the light stemmer:
    // the light one cuts "kaffemaskin" to "kaffemaski" but "kaffemaskinen" to "kaffemaskin", so they never met.
    private static readonly Analyzer Swedish = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, SwedishStopWords);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    });

    private static readonly Analyzer Neutral = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(Version, source)));
    });

    public static Analyzer For(string language) => language.Trim().ToLowerInvariant() switch
    {
        "en" => English,
        "sv" => Swedish,
        _ => Neutral,
    };

    private static CharArraySet SnowballStopWords(string resource)
    {
        using var reader = IOUtils.GetDecodingReader(typeof(SnowballFilter), resource, Encoding.UTF8);
        return WordlistLoader.GetSnowballWordSet(reader, Version);
    }

    private static CharArraySet StopWords(CharArraySet list, params string[] fillers)
    {
        var all = new CharArraySet(Version, list, ignoreCase: false);
        foreach (var word in list.Concat(fillers).ToList()) all.Add(Fold(word));
        foreach (var filler in fillers) all.Add(filler);
        return all.AsReadOnly();
    }

    private static string Fold(string word)
    {
        var folded = new char[word.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, folded, 0, word.Length);
        return new string(folded, 0, length);
    }
}
