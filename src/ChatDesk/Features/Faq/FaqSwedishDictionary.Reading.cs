using System.Text.RegularExpressions;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSwedishDictionary
{
    private const int MinPartLength = 3;
    // hunspell-sv's flags (sv_SE.aff): X may begin a compound, U may be inside one, Y may end one.
    private const char Begin = 'X', Middle = 'U', End = 'Y';

    /// <summary>A suffix rule of the .aff file that makes a compound-begin form ("SFX v a s/WXZ a": "pepparkaka"
    /// gives "pepparkaks-").</summary>
    private sealed record BeginRule(string Strip, string Add, Regex Condition);

    private static (HashSet<string> Begins, HashSet<string> Ends, HashSet<string> Words) Hunspell(IEnumerable<string> dic, IEnumerable<string> aff)
    {
        var rules = BeginRules(aff);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var begins = new HashSet<string>(StringComparer.Ordinal);
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in dic.Skip(1))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var word = (slash >= 0 ? line[..slash] : line).Trim().ToLowerInvariant();
            var flags = slash >= 0 ? line[(slash + 1)..].Split((char[]?)null, 2)[0] : "";
            if (word.Length < MinPartLength - 1 || !word.All(char.IsLetter)) continue;
            if (flags.Contains(End, StringComparison.Ordinal)) ends.Add(Stem(word));
            words.Add(Stem(word));
            if (flags.Contains(Begin, StringComparison.Ordinal) || flags.Contains(Middle, StringComparison.Ordinal)) AddBegin(begins, word);
            foreach (var flag in flags)
            {
                if (!rules.TryGetValue(flag, out var forms)) continue;
                foreach (var rule in forms.Where(r => r.Condition.IsMatch(word) && word.EndsWith(r.Strip, StringComparison.Ordinal)))
                    AddBegin(begins, word[..^rule.Strip.Length] + rule.Add);
            }
        }
        return (begins, ends, words);
    }

    private static (HashSet<string> Begins, HashSet<string> Ends, HashSet<string> Words) Plain(IEnumerable<string> lines)
    {
        var begins = new HashSet<string>(StringComparer.Ordinal);
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in lines.Select(l => l.Trim().ToLowerInvariant()).Where(w => w.Length >= MinPartLength && w.All(char.IsLetter)))
        {
            ends.Add(Stem(word));
            AddBegin(begins, word);
            AddBegin(begins, word + "s");
        }
        return (begins, ends, ends);
    }

    private static void AddBegin(HashSet<string> begins, string form)
    {
        begins.Add(form);
        begins.Add(Fold(form));
    }

    // "SFX v N 2" heads a rule group, "SFX v a s/WXZ a" is a rule: strip, add (with its own flags), condition.
    private static Dictionary<char, List<BeginRule>> BeginRules(IEnumerable<string> aff)
    {
        var rules = new Dictionary<char, List<BeginRule>>();
        foreach (var line in aff)
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields[0] != "SFX" || fields[1].Length != 1) continue;
            var (add, flags) = fields[3].Split('/') is [var a, var f] ? (a, f) : (fields[3], "");
            if (!flags.Contains(Begin, StringComparison.Ordinal) && !flags.Contains(Middle, StringComparison.Ordinal)) continue;
            var condition = new Regex((fields[4] == "." ? "" : fields[4]) + "$", RegexOptions.CultureInvariant);
            var rule = new BeginRule(fields[2] == "0" ? "" : fields[2], add == "0" ? "" : add, condition);
            if (!rules.TryGetValue(fields[1][0], out var list)) rules[fields[1][0]] = list = [];
            list.Add(rule);
        }
        return rules;
    }

    /// <summary>
    /// The parts of a lower-cased compound as typed: "avkalkningslampan" gives "avkalknings", "lampan";
    /// "kaffebryggaren" gives "kaffe", "bryggaren". Every part but the last must be a compound-begin form, the last
    /// (in any inflection) a word that may end a compound, each of three letters or more; the split with the fewest
    /// parts wins, then the one with the longest last part. None for a word that is no compound of known words.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (IsEmpty || word.Length < 2 * MinPartLength) return [];
        // best[i]: the fewest parts word[..i] splits into, all begin forms; 0 = the empty start, -1 = no split.
        var best = new int[word.Length + 1];
        var from = new int[word.Length + 1];
        Array.Fill(best, -1);
        best[0] = 0;
        for (var end = MinPartLength; end <= word.Length - MinPartLength; end++)
        for (var start = end - MinPartLength; start >= 0; start--)
        {
            if (best[start] < 0 || !begins.Contains(word[start..end])) continue;
            if (best[end] < 0 || best[start] + 1 < best[end]) (best[end], from[end]) = (best[start] + 1, start);
        }
        var cut = -1;
        for (var start = MinPartLength; start <= word.Length - MinPartLength; start++)
        {
            if (best[start] <= 0 || !ends.Contains(Lemma(word[start..]))) continue;
            if (cut < 0 || best[start] < best[cut]) cut = start;
        }
        if (cut < 0) return [];
        var parts = new List<string> { word[cut..] };
        for (var at = cut; at > 0; at = from[at]) parts.Insert(0, word[from[at]..at]);
        return parts;
    }
}
