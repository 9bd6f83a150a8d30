using ChatDesk.Features.Email;
using MailKit.Net.Smtp;

namespace ChatDesk.Tests.Support;

/// <summary>Records what would have been sent; can be told to fail, like an SMTP server that is down (an
/// IOException) or one that answers a command with an SMTP status code (4xx: try later; 5xx: refused for good).</summary>
public sealed class FakeEmailSender : IEmailSender
{
    private readonly Lock gate = new();
    private readonly List<EmailMessage> sent = [];
    private int failuresLeft;
    private Func<Exception> failure = () => new IOException("SMTP server unavailable");

    public int Attempts { get; private set; }

    /// <summary>How long each send takes; lets concurrent senders overlap in tests.</summary>
    public TimeSpan Latency { get; set; }

    public IReadOnlyList<EmailMessage> Sent
    {
        get { lock (gate) return [.. sent]; }
    }

    /// <summary>The next <paramref name="times"/> sends throw; later ones succeed.</summary>
    public void FailNext(int times, string message = "SMTP server unavailable") =>
        Fail(times, () => new IOException(message));

    /// <summary>The next <paramref name="times"/> sends are answered with <paramref name="status"/>, as MailKit reports it.</summary>
    public void AnswerNext(int times, SmtpStatusCode status, string message = "Requested action not taken") =>
        Fail(times, () => new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, status, message));

    private void Fail(int times, Func<Exception> make)
    {
        lock (gate)
        {
            failuresLeft = times;
            failure = make;
        }
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, cancellationToken);
        lock (gate)
        {
            Attempts++;
            if (failuresLeft > 0)
            {
                failuresLeft--;
                throw failure();
            }
            sent.Add(message);
        }
    }
}
