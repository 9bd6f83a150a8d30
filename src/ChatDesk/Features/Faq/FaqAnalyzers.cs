using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Reverse;
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
    internal static readonly CharArraySet SwedishStopWords = StopWords(
        SwedishAnalyzer.DefaultStopSet, "hej", "hallå", "tack", "snälla", "vill", "behöver", "hjälp");

    private static readonly Analyzer English = Analyzer.NewAnonymous((_, reader) => EnglishChain(reader));
    private static readonly Analyzer Swedish = Analyzer.NewAnonymous((_, reader) => SwedishChain(reader));
    private static readonly Analyzer ReversedSwedish = Analyzer.NewAnonymous((_, reader) => Reversed(SwedishChain(reader)));
    private static readonly Analyzer ReversedEnglish = Analyzer.NewAnonymous((_, reader) => Reversed(EnglishChain(reader)));

    /// <summary>Lower-cased words as typed, for splitting a question into words before each is analysed.</summary>
    public static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    private static TokenStreamComponents EnglishChain(TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishStopWords);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    // Swedish stems before folding: the stemmer knows å, ä and ö. The stop lists hold both "när" and "nar" so
    // customers typing without Swedish letters lose their filler words too. Snowball rather than the light stemmer:
    // the light one cuts "kaffemaskin" to "kaffemaski" but "kaffemaskinen" to "kaffemaskin", so they never met.
    internal static TokenStreamComponents SwedishChain(TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, SwedishStopWords);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    }

    // The analysed words spelt backwards, so a suffix search is a fast prefix search: "lamp" finds "avkalkningslamp".
    private static TokenStreamComponents Reversed(TokenStreamComponents chain) =>
        new(chain.Tokenizer, new ReverseStringFilter(Version, chain.TokenStream));

    private static readonly Analyzer Neutral = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(Version, source)));
    });

    private static readonly Analyzer ReversedNeutral = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new ReverseStringFilter(Version, new ASCIIFoldingFilter(new LowerCaseFilter(Version, source))));
    });

    public static Analyzer For(string language) => language.Trim().ToLowerInvariant() switch
    {
        "en" => English,
        "sv" => Swedish,
        _ => Neutral,
    };

    // Question words are stop words (every question has them), but a few say which answer is wanted: "where is my
    // parcel" asks for tracking, not for the damaged-parcel article that has "parcel" in its title.
    private static readonly Dictionary<string, string[]> EnglishHints = new(StringComparer.Ordinal) { ["where"] = ["track"] };
    private static readonly Dictionary<string, string[]> SwedishHints = new(StringComparer.Ordinal) { ["var"] = ["spåra"], ["vart"] = ["spåra"] };

    /// <summary>Words a lower-cased question word hints at, in the same language.</summary>
    public static IReadOnlyList<string> Hints(string language, string word) =>
        (language.Trim().ToLowerInvariant() switch { "en" => EnglishHints, "sv" => SwedishHints, _ => null })
            ?.GetValueOrDefault(word) ?? [];

    /// <summary>The language's analysis with every word reversed (the index's suffix field).</summary>
    public static Analyzer ReversedFor(string language) => language.Trim().ToLowerInvariant() switch
    {
        "en" => ReversedEnglish,
        "sv" => ReversedSwedish,
        _ => ReversedNeutral,
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
