using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Collects the best hits of a question, keeping only the documents a folder filter accepts (null: all). Checking a
/// cached bit per scored document after scoring, rather than handing the filter to the search: a filtered search
/// makes Lucene score the question's many optional clauses document by document in order, while unfiltered it scores
/// them in bulk, out of order. At 10,000 Swedish articles in one folder the filtered search took three times as long
/// per question (`tests/ChatDesk.Relevance -- --speed --stages`, README).
/// </summary>
internal sealed class FaqFolderCollector(Filter? folder, int max) : ICollector
{
    private readonly TopScoreDocCollector top = TopScoreDocCollector.Create(max, docsScoredInOrder: false);
    private IBits? inFolder;
    private bool none;

    public bool AcceptsDocsOutOfOrder => true;

    public TopDocs TopDocs => top.GetTopDocs();

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        top.SetNextReader(context);
        if (folder is null) return;
        // Live documents are the scorers' business: the filter's bits need only say which documents are in the folder.
        var set = folder.GetDocIdSet(context, null);
        inFolder = set?.Bits;
        none = set is null;
        if (set is not null && inFolder is null)
        {
            var bits = new FixedBitSet(context.Reader.MaxDoc);
            if (set.GetIterator() is { } iterator) bits.Or(iterator);
            inFolder = bits;
        }
    }

    public void Collect(int doc)
    {
        if (none || (inFolder is not null && !inFolder.Get(doc))) return;
        top.Collect(doc);
    }
}
