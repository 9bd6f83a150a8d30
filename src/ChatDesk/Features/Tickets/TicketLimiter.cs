using ChatDesk.Features.Abuse;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Tickets;

/// <summary>Counts request-form submissions per client address and confirmation mails per recipient, in memory
/// (a restart forgets them, which only ever lets a little more through). One per app: every customer window shares it.</summary>
public sealed class TicketLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perClient;
    private readonly PartitionedRateLimiter<string> perRecipient;

    public TicketLimiter(IOptions<TicketLimitOptions> options)
    {
        var limits = options.Value;
        perClient = Sliding(limits.TicketsPerClientPerHour, TimeSpan.FromHours(1), 6);
        perRecipient = Sliding(limits.ConfirmationsPerRecipientPerDay, TimeSpan.FromDays(1), 24);
    }

    /// <summary>Takes one request from the client's hourly allowance (<see cref="ClientAddress.Of(System.Net.IPAddress?)"/>;
    /// clients with no known address share one); false when it is used up.</summary>
    public bool TryTakeRequest(string? clientAddress) => Take(perClient, clientAddress ?? ClientAddress.Unknown);

    /// <summary>Takes one confirmation from the recipient's daily allowance; false when it is used up.</summary>
    public bool TryTakeConfirmation(string recipient) => Take(perRecipient, recipient.ToLowerInvariant());

    /// <summary>The key a client is counted under: its address, or the /64 network of an IPv6 address (one
    /// subscriber usually has a whole /64 to pick addresses from).</summary>
    private static bool Take(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Sliding(int permits, TimeSpan window, int segments) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = window, SegmentsPerWindow = segments,
                QueueLimit = 0, AutoReplenishment = true,
            }));

    public void Dispose()
    {
        perClient.Dispose();
        perRecipient.Dispose();
    }
}
