using ChatDesk.Features.Supervision.Figures;

namespace ChatDesk.Tests.Features.Supervision;

public sealed class PercentileTests
{
    private static TimeSpan[] Seconds(params int[] values) => values.Select(v => TimeSpan.FromSeconds(v)).ToArray();

    [Fact]
    public void TheNinetiethPercentileOfFourWaitsIsTheLargest() =>
        // n = 4: rank ⌈0.9 × 4⌉ = ⌈3.6⌉ = 4 → the 4th smallest, 300 s.
        Assert.Equal(TimeSpan.FromSeconds(300), Percentile.NearestRank(Seconds(90, 30, 300, 60), 90));

    [Fact]
    public void TheNinetiethPercentileOfTenWaitsIsTheNinthSmallest() =>
        // n = 10: rank ⌈0.9 × 10⌉ = 9 (not 10: 0.9 × 10 is 9.000000000000002 in floating point).
        Assert.Equal(TimeSpan.FromSeconds(90), Percentile.NearestRank(Seconds(10, 20, 30, 40, 50, 60, 70, 80, 90, 100), 90));

    [Fact]
    public void TheMedianOfFiveIsTheMiddleValue() =>
        // n = 5: rank ⌈0.5 × 5⌉ = ⌈2.5⌉ = 3 → 30 s.
        Assert.Equal(TimeSpan.FromSeconds(30), Percentile.NearestRank(Seconds(50, 10, 30, 20, 40), 50));

    [Fact]
    public void OneValueIsEveryPercentile() =>
        Assert.Equal(TimeSpan.FromSeconds(42), Percentile.NearestRank(Seconds(42), 90));

    [Fact]
    public void NoValuesHaveNoPercentile() => Assert.Null(Percentile.NearestRank([], 90));

    [Theory]
    [InlineData(0)]
    [InlineData(100.5)]
    public void APercentOutsideZeroToHundredIsRefused(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.NearestRank(Seconds(1), percent));
}
