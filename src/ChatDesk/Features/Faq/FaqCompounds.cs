using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Splits a Swedish compound the customer typed ("avkalkningslampan", "kaffebryggaren") into parts that occur in the
/// index, so it finds articles that use the parts on their own. The dictionary is the index's own vocabulary: it
/// knows exactly the words that can match, follows every FAQ's domain without a word list to ship or license, and a
/// part the FAQ never uses would find nothing anyway. The other direction, a part finding the compound ("lampa"
/// finding "avkalkningslampa"), is a suffix match on the reversed-word field and a prefix match on the word.
/// </summary>
internal static class FaqCompounds
{
    private const int MinWordLength = 7;
    private const int MinPartLength = 3;

    /// <summary>The stems of the known parts of the best split of <paramref name="word"/>, or none.</summary>
    public static IReadOnlyList<string> Split(string word, Func<string, string?> stem, FaqTermStates terms, params string[] fields)
    {
        if (word.Length < MinWordLength) return [];
        IReadOnlyList<string> best = [];
        var bestKnownLength = 0;
        for (var cut = MinPartLength; cut <= word.Length - MinPartLength; cut++)
        {
            var left = Known(Linked(word[..cut]), stem, terms, fields);
            var right = Known(word[cut..], stem, terms, fields);
            // Both parts known beats one; among equals the longer known part is the more telling one.
            var knownLength = (left is null ? 0 : cut) + (right is null ? 0 : word.Length - cut) + (left is not null && right is not null ? word.Length : 0);
            if (knownLength <= bestKnownLength) continue;
            (best, bestKnownLength) = ([.. new[] { left, right }.OfType<string>()], knownLength);
        }
        return best;
    }

    // The Swedish linking "s" of "avkalknings|lampa" and "leverans|tid" belongs to neither word.
    private static string Linked(string left) =>
        left.Length > MinPartLength && left[^1] == 's' ? left[..^1] : left;

    private static string? Known(string part, Func<string, string?> stem, FaqTermStates terms, string[] fields)
    {
        if (part.Length < MinPartLength || stem(part) is not { Length: >= MinPartLength } term) return null;
        return fields.Any(field => terms.DocFreq(field, term) > 0) ? term : null;
    }
}
