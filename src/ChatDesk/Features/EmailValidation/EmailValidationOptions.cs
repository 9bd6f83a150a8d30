using System.Net;
using FluentValidation;

namespace ChatDesk.Features.EmailValidation;

public sealed class EmailValidationOptions
{
    public const string Section = "EmailValidation";

    public bool CheckDomain { get; set; } = true;
    /// <summary>Comma-separated host:port list; empty uses the system resolver.</summary>
    public string? NameServers { get; set; }
    public int TimeoutMs { get; set; } = 1500;

    public IReadOnlyList<IPEndPoint> ParseNameServers() =>
        (NameServers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(IPEndPoint.Parse).Select(e => e.Port == 0 ? new IPEndPoint(e.Address, 53) : e).ToList();
}

public sealed class EmailValidationOptionsValidator : AbstractValidator<EmailValidationOptions>
{
    public EmailValidationOptionsValidator()
    {
        RuleFor(o => o.TimeoutMs).InclusiveBetween(100, 30000);
        RuleFor(o => o.NameServers)
            .Must(servers => (servers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .All(s => IPEndPoint.TryParse(s, out _)))
            .WithMessage("must be a comma-separated list of IP:port, such as '127.0.0.1:53'");
    }
}
