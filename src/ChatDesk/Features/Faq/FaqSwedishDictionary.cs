using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ChatDesk.Features.Faq;

/// <summary>
/// The Swedish word list compounds are split against: Debian's hunspell-sv (<c>/usr/share/hunspell/sv_SE.dic</c>,
/// LGPL-3) or any plain word list such as wswedish's <c>/usr/share/dict/swedish</c> (Latin-1). From hunspell it
/// takes what its compound rules say: the forms that may begin a compound (flags X, U, and the linking forms its
/// suffix rules make, "avkalknings-", "vecko-", "kyrk-") and the words that may end one (flag Y), so "personalen"
/// is not "person" + "alen". A plain list allows every word in both places. Loaded once per process and path
/// (150,000 words; tests create many apps); a missing file gives <see cref="None"/>, and search then splits against
/// the index's own vocabulary only, as before.
/// </summary>
public sealed partial class FaqSwedishDictionary
{
    public const string DefaultPath = "/usr/share/hunspell/sv_SE.dic";

    private static readonly ConcurrentDictionary<string, Lazy<FaqSwedishDictionary>> Loaded = new(StringComparer.Ordinal);

    // Begins are surface forms as typed (lower-case, also with accents folded); ends are stems (see Stem), so any
    // inflection of the last part counts.
    // Words: the stems of every word, for telling a definite form from a word of its own.
    private readonly HashSet<string> begins, ends, words;

    private FaqSwedishDictionary((HashSet<string> Begins, HashSet<string> Ends, HashSet<string> Words) sets, string source) =>
        (begins, ends, words, Source) = (sets.Begins, sets.Ends, sets.Words, source);

    /// <summary>No word list: compounds split against the index's vocabulary only.</summary>
    public static FaqSwedishDictionary None { get; } = new(([], [], []), "none");

    /// <summary>The word list at the default path, for code built without configuration (the relevance harness).</summary>
    public static FaqSwedishDictionary Default => Load(DefaultPath, null);

    public bool IsEmpty => ends.Count == 0;

    /// <summary>Where the words came from, for the log.</summary>
    public string Source { get; }

    /// <summary>
    /// The list at <paramref name="path"/>, read on first use and kept for the process. A missing or unreadable
    /// file is logged once (as a warning: Swedish search still works, splitting fewer compounds) and gives <see cref="None"/>.
    /// </summary>
    public static FaqSwedishDictionary Load(string? path, ILogger? logger)
    {
        if (string.IsNullOrWhiteSpace(path)) return None;
        return Loaded.GetOrAdd(path, p => new Lazy<FaqSwedishDictionary>(() => Read(p, logger))).Value;
    }

    private static FaqSwedishDictionary Read(string path, ILogger? logger)
    {
        try
        {
            var affixes = Path.ChangeExtension(path, ".aff");
            var hunspell = path.EndsWith(".dic", StringComparison.Ordinal) && File.Exists(affixes);
            var (dic, aff) = (Lines(path), hunspell ? Lines(affixes) : []);
            var sets = hunspell ? Hunspell(dic, aff) : Plain(dic);
            var read = new FaqSwedishDictionary(sets, path);
            if (hunspell) read.forms = ReadForms(dic, aff, sets.Words);
            logger?.LogInformation("Swedish FAQ compounds split against {Count} words from {Path} ({Forms} inflected stems)",
                sets.Words.Count, path, read.forms.Count);
            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger?.LogWarning("No Swedish word list at {Path} ({Reason}): FAQ compounds are split against the FAQ's own words only. " +
                "Install Debian's hunspell-sv or set Faq:SwedishDictionary.", path, e.Message);
            return None;
        }
    }

    // hunspell-sv is UTF-8; wswedish is Latin-1, which strict UTF-8 refuses.
    private static string[] Lines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Split('\n');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes).Split('\n');
        }
    }

    /// <summary>
    /// The stem of a lower-cased word, its definite form taken back to the word when the list knows that word:
    /// Snowball leaves "-et" and "-an" ("körkortet", "lampan"), as "paket" and "planet" end so too. "Körkortet" gives
    /// "körkort", "lampan" gives "lamp" as "lampa" does, "paket" stays "paket".
    /// </summary>
    public string Lemma(string word)
    {
        var stem = Stem(word);
        if (words.Contains(stem)) return stem;
        if (forms.TryGetValue(stem, out var lemma)) return lemma;
        foreach (var (ending, replacement) in DefiniteEndings)
        {
            if (word.Length - ending.Length < MinPartLength || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var bare = Stem(word[..^ending.Length] + replacement);
            if (words.Contains(bare)) return bare;
        }
        return stem;
    }

    private static readonly (string Ending, string Replacement)[] DefiniteEndings = [("ets", ""), ("et", ""), ("ans", "a"), ("an", "a")];

    /// <summary>A lower-cased Swedish word as the index's Swedish analysis stems it: Snowball, then accents folded.</summary>
    public static string Stem(string word)
    {
        var stemmer = new SwedishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return Fold(stemmer.Current);
    }

    private static string Fold(string text)
    {
        var folded = new char[text.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(text.ToCharArray(), 0, folded, 0, text.Length);
        return new string(folded, 0, length);
    }
}
