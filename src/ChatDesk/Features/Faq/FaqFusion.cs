namespace ChatDesk.Features.Faq;

/// <summary>An article both rankings looked at: its cosine with the question (semantic), its keyword confidence
/// (<see cref="FaqCandidate"/>, 0 when keyword ranking did not offer it) and rank (-1 likewise), and the fused score.</summary>
public sealed record FaqFused(int Doc, int ArticleId, float Cosine, float KeywordConfidence, int KeywordRank, float Score);

/// <summary>
/// How keyword and semantic ranking are fused and what a customer is then shown. Calibrated with
/// `tests/ChatDesk.Relevance -- --fusion` on StackFAQ against the demo FAQ's off-topic rate.
/// </summary>
public static class FaqFusion
{
    public const float KeywordWeight = 0.3f;
    public const float KeywordCap = 1f;
    public const float MinimumScore = 0.5f;
    public const float MaximumBehindBest = 0.15f;

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
