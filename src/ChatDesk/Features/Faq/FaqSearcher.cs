using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// A searcher of one immutable index snapshot that computes each field's collection statistics once. Lucene asks
/// for them for every term of a question (a Swedish question has a couple of hundred with its 4-grams) and, over
/// an index of several segments, merges the segments' field lists anew each time: most of a question's garbage.
/// </summary>
internal sealed class FaqSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        statistics.GetOrAdd(field, name => base.CollectionStatistics(name));
}
