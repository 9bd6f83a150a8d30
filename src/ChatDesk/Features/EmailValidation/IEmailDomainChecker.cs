namespace ChatDesk.Features.EmailValidation;

/// <summary>Asks DNS whether an e-mail domain can receive mail.</summary>
public interface IEmailDomainChecker
{
    /// <param name="asciiDomain">The domain in its ASCII (punycode) form.</param>
    Task<DomainCheck> CheckAsync(string asciiDomain, CancellationToken cancellationToken);
}

public enum DomainCheck
{
    /// <summary>MX records, or A/AAAA records when there is no MX (RFC 5321 §5.1).</summary>
    AcceptsMail,
    /// <summary>A null MX (RFC 7505): the domain says it accepts no mail.</summary>
    NullMx,
    /// <summary>NXDOMAIN, or neither MX nor address records.</summary>
    DoesNotExist,
    /// <summary>Timeout or server failure: never held against the customer.</summary>
    Unknown,
}
