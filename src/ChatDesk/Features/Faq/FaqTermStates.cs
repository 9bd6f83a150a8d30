using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// The question's terms looked up once each, for one question: their document frequency (the IDFs, whether a
/// word or a compound's part is known) and their place in every segment, which the term queries built from them
/// carry, so the search and the confidence's clause weights do not look them up again. One term dictionary
/// cursor per field and segment serves all of the question's terms; Lucene would open a new one per term and
/// segment each time (a few kilobytes each, a few hundred times per Swedish question).
/// </summary>
internal sealed class FaqTermStates(IndexReader reader)
{
    private readonly Dictionary<string, TermsEnum[]> cursors = new(StringComparer.Ordinal);
    private readonly Dictionary<Term, TermContext> found = [];

    public IndexReader Reader => reader;

    /// <summary>The term's statistics and per-segment states.</summary>
    public TermContext Of(Term term)
    {
        if (found.TryGetValue(term, out var known)) return known;
        var leaves = reader.Leaves;
        if (!cursors.TryGetValue(term.Field, out var perLeaf)) cursors[term.Field] = perLeaf = new TermsEnum[leaves.Count];
        var context = new TermContext(reader.Context);
        for (var i = 0; i < leaves.Count; i++)
        {
            var cursor = perLeaf[i] ??= leaves[i].AtomicReader.GetTerms(term.Field)?.GetEnumerator() ?? TermsEnum.EMPTY;
            if (cursor.SeekExact(term.Bytes))
                context.Register(cursor.GetTermState(), leaves[i].Ord, cursor.DocFreq, cursor.TotalTermFreq);
        }
        return found[term] = context;
    }

    /// <summary>In how many documents (deleted ones included, as <see cref="IndexReader.DocFreq"/>) the term occurs.</summary>
    public int DocFreq(string field, string text) => Of(new Term(field, text)).DocFreq;

    /// <summary>A term query that carries the term's states.</summary>
    public TermQuery Query(string field, string text, float boost = 1f)
    {
        var term = new Term(field, text);
        return new TermQuery(term, Of(term)) { Boost = boost };
    }
}
