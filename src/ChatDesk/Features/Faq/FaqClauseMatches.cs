using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Whether a ranked document matches one of the question's clauses, for the confidence's coverage part. The same
/// answer as <c>IndexSearcher.Explain(clause, doc).IsMatch</c> (a clause matches a document when its scorer reaches
/// it), but each clause's weight is built once per question instead of once per hit and clause: with ten fusion
/// candidates and a dozen expanded clauses, the explanations were most of a question's time at 10,000 articles.
/// </summary>
internal sealed class FaqClauseMatches(IndexSearcher searcher, IReadOnlyList<Query> clauses)
{
    private readonly Weight?[] weights = new Weight?[clauses.Count];

    public bool Matches(int clause, int doc) => Score(clause, doc) is not null;

    /// <summary>The clause's own score for the document (what <c>Explain(clause, doc).Value</c> gives), or null when it does not match.</summary>
    public float? Score(int clause, int doc)
    {
        var weight = weights[clause] ??= searcher.CreateNormalizedWeight(clauses[clause]);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        // Scorers only move forward, so each check gets a fresh one: building it is cheap, the weight was not.
        var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        var inLeaf = doc - leaf.DocBase;
        return scorer is not null && scorer.Advance(inLeaf) == inLeaf ? scorer.GetScore() : null;
    }
}
