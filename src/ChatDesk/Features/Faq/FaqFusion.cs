namespace ChatDesk.Features.Faq;

/// <summary>An article both rankings looked at: its cosine with the question (semantic), its keyword confidence
/// (<see cref="FaqCandidate"/>, 0 when keyword ranking did not offer it) and rank (-1 likewise), and the fused score.</summary>
public sealed record FaqFused(int Doc, int ArticleId, float Cosine, float KeywordConfidence, int KeywordRank, float Score);

/// <summary>
/// How keyword and semantic ranking are fused and what a customer is then shown: the cosine plus a fifth of the
/// keyword confidence (capped at 1), shown from a fused score of 0.40, with up to two more articles within 0.2 of the
/// best. Chosen with `tests/ChatDesk.Relevance -- --fusion` on StackFAQ (R@3, no-suggestion) against the off-topic
/// rate (its questions asked against the demo FAQ): the middle of a plateau, not its edge. With the float model a
/// tenth and 0.35 won (the cosine alone R@3 0.97 and R@1 0.88, reciprocal rank fusion 0.98 and 0.87 and no score to
/// cut at, this 0.98 and 0.90). The 8-bit model's cosines run a little lower and looser: there a tenth and 0.35 gave
/// R@3 0.973 with 3.8 % off-topic, a fifth and 0.40 R@3 0.979 with 2.7 %; a weight of 0.3 lets the shop words of
/// off-topic questions through.
/// </summary>
public static class FaqFusion
{
    public const float KeywordWeight = 0.2f;
    public const float KeywordCap = 1f;
    public const float MinimumScore = 0.40f;
    public const float MaximumBehindBest = 0.2f;

    public static FaqFused Scored(FaqFused candidate) =>
        candidate with { Score = candidate.Cosine + KeywordWeight * Math.Min(candidate.KeywordConfidence, KeywordCap) };

    public static IEnumerable<FaqFused> Shown(IReadOnlyList<FaqFused> ranked) => Shown(ranked, MinimumScore, MaximumBehindBest);

    public static IEnumerable<FaqFused> Shown(IReadOnlyList<FaqFused> ranked, float minimumScore, float maximumBehindBest)
    {
        if (ranked.Count == 0 || ranked[0].Score < minimumScore) return [];
        var floor = ranked[0].Score - maximumBehindBest;
        return ranked.Where(c => c.Score >= floor);
    }
}
