using Microsoft.Extensions.Options;

namespace ChatDesk.Features.EmailValidation;

public sealed record EmailCheckResult(bool Accepted, string? Normalized, string? Domain, EmailProblem Problem);

public enum EmailProblem { None, Syntax, DomainMissing, NullMx }

/// <summary>The customer e-mail check: RFC 5321 syntax, then (when on) whether the domain takes mail.
/// DNS trouble is never held against the customer.</summary>
public sealed class CustomerEmailCheck(IEmailDomainChecker domains, IOptions<EmailValidationOptions> options)
{
    public async Task<EmailCheckResult> CheckAsync(string? address, CancellationToken ct)
    {
        var syntax = EmailSyntax.Check(address);
        if (!syntax.IsValid) return new(false, null, null, EmailProblem.Syntax);
        if (!options.Value.CheckDomain) return new(true, syntax.Normalized, syntax.Domain, EmailProblem.None);
        return await domains.CheckAsync(syntax.Domain!, ct) switch
        {
            DomainCheck.DoesNotExist => new(false, syntax.Normalized, syntax.Domain, EmailProblem.DomainMissing),
            DomainCheck.NullMx => new(false, syntax.Normalized, syntax.Domain, EmailProblem.NullMx),
            _ => new(true, syntax.Normalized, syntax.Domain, EmailProblem.None),
        };
    }
}
