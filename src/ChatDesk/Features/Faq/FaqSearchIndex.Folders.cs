using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSearchIndex
{
    // Per folder id: its articles as a cached bit set per index segment. Segments never change (an edit writes a new
    // one, deletions are applied on top), so a folder's bits stay valid across snapshots and only new segments are read.
    private readonly ConcurrentDictionary<int, Filter> folderFilters = new();

    /// <summary>The articles in a folder or below it, as a filter that answers "is this document in?" by looking at a
    /// bit. Re-running the folder's term for every question walked all its postings beside the question's (at 10,000
    /// articles in one folder, as long as the index), and a bit set is applied as the search's accepted documents.</summary>
    private Filter FolderFilter(int folderId) =>
        folderFilters.GetOrAdd(folderId, id => new FaqBitSetFilter(new QueryWrapperFilter(new TermQuery(new Term(FolderField, Id(id))))));

    private static ScoreDoc[] Search(IndexSearcher searcher, Query query, Filter? inFolder, int max)
    {
        var collector = new FaqFolderCollector(inFolder, max);
        searcher.Search(query, collector);
        return collector.TopDocs.ScoreDocs;
    }

    /// <summary>Caches as a random-access bit set, which Lucene then uses as accepted documents rather than leap-frogging.</summary>
    private sealed class FaqBitSetFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
