using MimeKit;

namespace ChatDesk.Features.Email;

internal static class MimeMessageFactory
{
    /// <summary>multipart/alternative with plain text first (the fallback) and HTML last (preferred);
    /// MimeKit encodes non-ASCII headers (RFC 2047) and bodies as UTF-8.</summary>
    public static MimeMessage Create(EmailMessage message, string from, TimeProvider time)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = time.GetUtcNow() };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
