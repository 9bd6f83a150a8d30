using System.Threading.RateLimiting;
using ChatDesk.Features.Abuse;

namespace ChatDesk.Tests.Features.Abuse;

public sealed class FixedWindowPartitionTests
{
    [Fact]
    public void AClientsWindowRenewsItselfSoTheSharedHeartbeatDoesNotHaveTo()
    {
        var partition = FixedWindowPartition.For("203.0.113.7", permitsPerMinute: 2);
        using var limiter = (ReplenishingRateLimiter)partition.Factory(partition.PartitionKey);

        Assert.True(limiter.IsAutoReplenishing);
        // The heartbeat's call then changes nothing.
        Assert.False(limiter.TryReplenish());
        Assert.Equal(TimeSpan.FromMinutes(1), limiter.ReplenishmentPeriod);
    }

    [Fact]
    public void AClientGetsItsPermitsForTheMinuteAndThenARetryAfter()
    {
        var partition = FixedWindowPartition.For("203.0.113.7", permitsPerMinute: 2);
        using var limiter = partition.Factory(partition.PartitionKey);

        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();
        using var third = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(third.IsAcquired);
        Assert.True(third.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
