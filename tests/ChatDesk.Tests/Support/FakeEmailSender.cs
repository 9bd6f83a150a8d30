using ChatDesk.Features.Email;

namespace ChatDesk.Tests.Support;

/// <summary>Records what would have been sent; can be told to fail, like an SMTP server that is down.</summary>
public sealed class FakeEmailSender : IEmailSender
{
    private readonly Lock gate = new();
    private readonly List<EmailMessage> sent = [];
    private int failuresLeft;
    private string failureMessage = "SMTP server unavailable";

    public int Attempts { get; private set; }

    public IReadOnlyList<EmailMessage> Sent
    {
        get { lock (gate) return [.. sent]; }
    }

    /// <summary>The next <paramref name="times"/> sends throw; later ones succeed.</summary>
    public void FailNext(int times, string message = "SMTP server unavailable")
    {
        lock (gate)
        {
            failuresLeft = times;
            failureMessage = message;
        }
    }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Attempts++;
            if (failuresLeft > 0)
            {
                failuresLeft--;
                throw new IOException(failureMessage);
            }
            sent.Add(message);
        }
        return Task.CompletedTask;
    }
}
