using System.Threading.RateLimiting;

namespace ChatDesk.Features.Abuse;

/// <summary>
/// A fixed window of requests per client address that renews itself. ASP.NET Core's partitioned limiter renews its
/// partitions' windows from a heartbeat ten times a second, taking each partition's lock every time: with a partition
/// per client address, that is every client, ten times a second (2.7 % of the server's CPU with 2,000 clients in the
/// load benchmark, docs/hotpath.md). A limiter that renews itself owns a timer that fires once a window instead, and
/// the heartbeat then only drops the idle ones.
/// </summary>
internal static class FixedWindowPartition
{
    public static RateLimitPartition<string> For(string client, int permitsPerMinute) =>
        RateLimitPartition.Get(client, _ => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
