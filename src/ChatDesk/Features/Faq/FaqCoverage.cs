using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Which of a question's words each hit matches, for the coverage part of <see cref="FaqCandidate.Confidence"/>.
/// One scorer per word and index segment, advanced through the hits in document order: asking Lucene to explain
/// every hit for every word built each word's expanded query again per hit, and at 10,000 articles that was most of
/// a question's time.
/// </summary>
internal static class FaqCoverage
{
    /// <summary>Per hit, the summed weight of the clauses it matches (the first <paramref name="weights"/>.Count clauses).</summary>
    public static float[] Matched(IndexSearcher searcher, IReadOnlyList<Query> clauses, IReadOnlyList<float> weights, IReadOnlyList<ScoreDoc> hits)
    {
        var matched = new float[hits.Count];
        if (hits.Count == 0) return matched;
        var leaves = searcher.IndexReader.Leaves;
        var order = Enumerable.Range(0, hits.Count).OrderBy(i => hits[i].Doc).ToList();
        for (var c = 0; c < weights.Count; c++)
        {
            var weight = searcher.CreateNormalizedWeight(clauses[c]);
            AtomicReaderContext? leaf = null;
            Scorer? scorer = null;
            foreach (var i in order)
            {
                var doc = hits[i].Doc;
                if (leaf is null || doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
                {
                    leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
                    scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                }
                var local = doc - leaf.DocBase;
                if (scorer is null || scorer.DocID > local) continue;
                if (scorer.DocID == local || scorer.Advance(local) == local) matched[i] += weights[c];
            }
        }
        return matched;
    }
}
