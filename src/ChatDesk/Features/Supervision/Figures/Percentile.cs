namespace ChatDesk.Features.Supervision.Figures;

public static class Percentile
{
    /// <summary>The nearest-rank percentile: sort the n values ascending and take the one at rank
    /// ⌈p/100 × n⌉ (1-based). It is always one of the values, never an interpolation: with waits of
    /// 30, 60, 90 and 300 s the 90th percentile is rank ⌈0.9 × 4⌉ = 4, so 300 s.</summary>
    /// <returns>Null when there are no values.</returns>
    public static TimeSpan? NearestRank(IEnumerable<TimeSpan> values, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        // Rounded first so that 0.9 × 10 = 9.000000000000002 does not become rank 10.
        var rank = (int)Math.Ceiling(Math.Round(percent / 100 * sorted.Count, 9));
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
