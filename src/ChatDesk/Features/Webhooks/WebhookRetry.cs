namespace ChatDesk.Features.Webhooks;

/// <summary>When a failed delivery is tried again and when it is given up.</summary>
public static class WebhookRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(10);
    /// <summary>A receiver that is down for hours is still tried every 30 minutes until MaxAttempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(30);
    /// <summary>A receiver that refuses the request (4xx) is asked this many times, in case it was a deploy glitch.</summary>
    public const int PermanentAttempts = 3;
    public const int MaxErrorLength = 500;

    /// <summary>10 s after the first failure, then 20 s, 40 s … doubling up to <see cref="MaxDelay"/>.</summary>
    public static TimeSpan Delay(int attempts)
    {
        // The exponent is capped before it is used, so a long outage cannot overflow.
        var delay = FirstDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 16));
        return delay < MaxDelay ? delay : MaxDelay;
    }

    /// <summary>A 4xx answer other than 408 (timeout) and 429 (slow down) says the request itself is wrong; it will
    /// not get better by waiting.</summary>
    public static bool IsPermanent(int? statusCode) =>
        statusCode is >= 400 and < 500 and not 408 and not 429;

    public static bool GivesUp(int? statusCode, int attempts, int maxAttempts) =>
        attempts >= maxAttempts || (IsPermanent(statusCode) && attempts >= Math.Min(PermanentAttempts, maxAttempts));

    public static string Clip(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
}
