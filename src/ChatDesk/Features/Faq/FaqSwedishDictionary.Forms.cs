using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Inflected forms back to their word, from the word list's own inflection rules. Snowball strips endings by rule
/// and so leaves a word's forms on different stems where the word itself changes: "förälder" gives "föräld" but
/// "föräldrar" and "föräldrarna" give "föräldr"; "lampan" stays "lampan". hunspell-sv lists each word with the
/// suffix rules that make its forms (sv_SE.aff: "SFX I er rar er"), so every form's stem can be taken back to
/// the stem of the word it is a form of. Only stems that differ are kept (about one form in three), and never one
/// that is itself a listed word's stem, so a word is not read as a form of another ("år" stays "år").
/// </summary>
public sealed partial class FaqSwedishDictionary
{
    private Dictionary<string, string> forms = new(StringComparer.Ordinal);
    private Analyzer? lemmaAnalyzer;

    /// <summary>How many inflected stems are taken back to their word's stem.</summary>
    public int Forms => forms.Count;

    /// <summary>An article's words as their words' stems ("föräldrarna" → "föräld", "lampan" → "lamp"): the index's
    /// lemma field, so any form of a word in a question meets any form of it in an article.</summary>
    public Analyzer LemmaAnalyzer => lemmaAnalyzer ??= Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(FaqAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(FaqAnalyzers.Version, source);
        stream = new StopFilter(FaqAnalyzers.Version, stream, FaqAnalyzers.SwedishStopWords);
        return new TokenStreamComponents(source, new LemmaFilter(stream, this));
    });

    private sealed record FormRule(string Strip, string Add, Regex Condition);

    /// <summary>Every suffix rule's form of every listed word, its stem mapped to the word's stem where they differ.</summary>
    private static Dictionary<string, string> ReadForms(IEnumerable<string> dic, IEnumerable<string> aff, HashSet<string> words)
    {
        var rules = new Dictionary<char, List<FormRule>>();
        foreach (var fields in aff.Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (fields.Length < 5 || fields[0] != "SFX" || fields[1].Length != 1) continue;
            var add = fields[3].Split('/')[0];
            var rule = new FormRule(fields[2] == "0" ? "" : fields[2], add == "0" ? "" : add,
                new Regex((fields[4] == "." ? "" : fields[4]) + "$", RegexOptions.CultureInvariant));
            if (!rules.TryGetValue(fields[1][0], out var list)) rules[fields[1][0]] = list = [];
            list.Add(rule);
        }
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in dic.Skip(1))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0) continue;
            var word = line[..slash].Trim().ToLowerInvariant();
            if (word.Length < MinPartLength || !word.All(char.IsLetter)) continue;
            var stem = string.Intern(Stem(word));
            foreach (var flag in line[(slash + 1)..].Split((char[]?)null, 2)[0])
            {
                if (!rules.TryGetValue(flag, out var list)) continue;
                foreach (var rule in list.Where(r => word.EndsWith(r.Strip, StringComparison.Ordinal) && r.Condition.IsMatch(word)))
                {
                    var form = Stem(word[..^rule.Strip.Length] + rule.Add);
                    if (form != stem && !words.Contains(form)) forms.TryAdd(form, stem);
                }
            }
        }
        return forms;
    }

    /// <summary>Replaces each word by <see cref="Lemma"/>.</summary>
    private sealed class LemmaFilter(TokenStream input, FaqSwedishDictionary words) : TokenFilter(input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var lemma = words.Lemma(term.ToString());
            term.SetEmpty().Append(lemma);
            return true;
        }
    }
}
