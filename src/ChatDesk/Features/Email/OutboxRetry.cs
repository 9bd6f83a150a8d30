using MailKit.Net.Smtp;

namespace ChatDesk.Features.Email;

/// <summary>When a failed mail is tried again, when it is given up, and what is kept of the failure for the UI.</summary>
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

    /// <summary>Whether a failed mail is given up for good. A 5xx answer to an SMTP command (an unknown mailbox, a
    /// refused message) will not change on a retry; a 4xx answer about this mail (mailbox full, greylisting) is
    /// given up after <paramref name="maxAttempts"/>. A server that cannot be reached or refuses the log-in is an
    /// outage, not a verdict on the mail: that is retried until the server is back, so no mail is lost.</summary>
    public static bool GivesUp(Exception error, int attempts, int maxAttempts) =>
        error is SmtpCommandException command && ((int)command.StatusCode >= 500 || attempts >= maxAttempts);

    public static string Describe(Exception error)
    {
        var message = error is SmtpCommandException command
            ? $"{error.GetType().Name} {(int)command.StatusCode}: {error.Message}"
            : $"{error.GetType().Name}: {error.Message}";
        return message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;
    }
}
