using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatDesk.Features.Faq;

/// <summary>
/// Whether a ranked document matches one of the question's clauses, for the confidence's coverage part. The same
/// answer as <c>IndexSearcher.Explain(clause, doc).IsMatch</c> (a clause matches a document when its scorer reaches
/// it), but each clause's weight is built once per question instead of once per hit and clause: with ten fusion
/// candidates and a dozen expanded clauses, the explanations were most of a question's time at 10,000 articles.
/// Each clause also keeps its scorer while the documents asked about ascend (ask in document order): a new scorer
/// per hit and clause opened every term's postings again, about a megabyte of garbage per question.
/// </summary>
internal sealed class FaqClauseMatches(IndexSearcher searcher, IReadOnlyList<Query> clauses)
{
    private readonly Weight?[] weights = new Weight?[clauses.Count];
    // Per clause: the segment (index + 1, so 0 is none), its scorer (null: the clause matches nothing there) and the
    // last document asked about in it.
    private readonly (int Leaf, Scorer? Scorer, int Asked)[] open = new (int, Scorer?, int)[clauses.Count];

    public bool Matches(int clause, int doc) => Score(clause, doc) is not null;

    /// <summary>The clause's own score for the document (what <c>Explain(clause, doc).Value</c> gives), or null when it does not match.</summary>
    public float? Score(int clause, int doc)
    {
        var weight = weights[clause] ??= searcher.CreateNormalizedWeight(clauses[clause]);
        var leaves = searcher.IndexReader.Leaves;
        var leafIndex = ReaderUtil.SubIndex(doc, leaves);
        var leaf = leaves[leafIndex];
        var inLeaf = doc - leaf.DocBase;
        // Scorers only move forward: a new one for another segment, or for a document before the last one asked.
        var (openLeaf, scorer, asked) = open[clause];
        if (openLeaf != leafIndex + 1 || inLeaf < asked)
            scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        open[clause] = (leafIndex + 1, scorer, inLeaf);
        if (scorer is null) return null;
        var at = scorer.DocID < inLeaf ? scorer.Advance(inLeaf) : scorer.DocID;
        return at == inLeaf ? scorer.GetScore() : null;
    }
}
