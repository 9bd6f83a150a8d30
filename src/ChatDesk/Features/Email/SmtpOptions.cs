using FluentValidation;

namespace ChatDesk.Features.Email;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Empty: mail is written as .eml files to PickupDirectory instead of being sent.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ChatDesk <no-reply@chatdesk.example>";
    public string PickupDirectory { get; set; } = "data/outbox";
    /// <summary>Tries before a mail the server keeps answering with 4xx is given up and shown as failed. A server
    /// that cannot be reached does not count: that mail waits for the server (5xx fails at once).</summary>
    public int MaxAttempts { get; set; } = 10;
}

public enum SmtpSecurity { None, StartTls, SslOnConnect, Auto }

public sealed class SmtpOptionsValidator : AbstractValidator<SmtpOptions>
{
    public SmtpOptionsValidator()
    {
        RuleFor(o => o.Port).InclusiveBetween(1, 65535);
        RuleFor(o => o.Security).IsInEnum();
        RuleFor(o => o.From).NotEmpty()
            .Must(from => MimeKit.MailboxAddress.TryParse(from, out _))
            .WithMessage("must be an address such as 'Support <support@example.com>'");
        RuleFor(o => o.Password).NotEmpty().When(o => !string.IsNullOrEmpty(o.UserName))
            .WithMessage("must be set when Smtp:UserName is set");
        RuleFor(o => o.PickupDirectory).NotEmpty().When(o => string.IsNullOrWhiteSpace(o.Host))
            .WithMessage("must be set when no Smtp:Host is set");
        RuleFor(o => o.MaxAttempts).InclusiveBetween(1, 1000);
    }
}
