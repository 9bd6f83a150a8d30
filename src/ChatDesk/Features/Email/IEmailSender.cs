namespace ChatDesk.Features.Email;

/// <summary>Hands one e-mail to the outside world. Callers normally go through the outbox, not this.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);
