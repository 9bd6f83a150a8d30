using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Email;

/// <summary>The embedded default: with no SMTP host, mail is written as .eml files anyone can open.</summary>
internal sealed class PickupDirectoryEmailSender(IOptions<SmtpOptions> options, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var mime = MimeMessageFactory.Create(message, smtp.From, time);
        Directory.CreateDirectory(smtp.PickupDirectory);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        // Write to a temporary name first so a reader never sees half a message.
        var path = Path.Combine(smtp.PickupDirectory, name);
        await mime.WriteToAsync(path + ".tmp", cancellationToken);
        File.Move(path + ".tmp", path);
    }
}
