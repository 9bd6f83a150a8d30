using System.Security.Cryptography;
using System.Text;

namespace ChatDesk.Features.Webhooks;

/// <summary>The signature a receiver checks: HMAC-SHA256 with the subscription's secret over "timestamp.body",
/// sent as <c>X-ChatDesk-Signature: sha256=&lt;hex&gt;</c> next to <c>X-ChatDesk-Timestamp</c> (Unix seconds).</summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-ChatDesk-Signature";
    public const string TimestampHeader = "X-ChatDesk-Timestamp";
    public const string EventHeader = "X-ChatDesk-Event";
    public const string DeliveryHeader = "X-ChatDesk-Delivery";

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>What a receiver does: recompute, compare in constant time, and refuse old timestamps (replays).</summary>
    public static bool Verify(string secret, string? timestampHeader, string body, string? signatureHeader,
        DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, out var timestamp) || signatureHeader is null) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > tolerance) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
