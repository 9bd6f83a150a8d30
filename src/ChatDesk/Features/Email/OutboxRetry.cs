namespace ChatDesk.Features.Email;

/// <summary>When a failed mail is tried again, and what is kept of the failure for the UI.</summary>
internal static class OutboxRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);
    /// <summary>Long outages are retried every ten minutes, so mail still leaves soon after the server is back.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(10);
    public const int MaxErrorLength = 500;

    /// <summary>5 s after the first failure, then 10 s, 20 s … doubling up to <see cref="MaxDelay"/>.</summary>
    public static TimeSpan Delay(int attempts)
    {
        // The exponent is capped before it is used, so a mail failing for weeks cannot overflow.
        var delay = FirstDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 16));
        return delay < MaxDelay ? delay : MaxDelay;
    }

    public static string Describe(Exception error)
    {
        var message = $"{error.GetType().Name}: {error.Message}";
        return message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;
    }
}
