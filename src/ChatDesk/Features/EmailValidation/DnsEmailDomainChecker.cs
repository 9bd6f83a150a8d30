using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.EmailValidation;

internal sealed class DnsEmailDomainChecker(
    IOptions<EmailValidationOptions> options, IMemoryCache cache, ILogger<DnsEmailDomainChecker> logger)
    : IEmailDomainChecker
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(30);
    private readonly LookupClient client = CreateClient(options.Value);

    public async Task<DomainCheck> CheckAsync(string asciiDomain, CancellationToken cancellationToken)
    {
        var key = "dns-mail:" + asciiDomain.ToLowerInvariant();
        if (cache.TryGetValue(key, out DomainCheck cached)) return cached;

        var timeout = TimeSpan.FromMilliseconds(options.Value.TimeoutMs);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        DomainCheck result;
        try
        {
            // DnsClient gives every name server its own timeout and does not stop a UDP wait when the token is
            // cancelled (three silent servers of the system resolver took 4.8 s with a 1.5 s limit), so the limit
            // is held here; the abandoned lookup ends on its own, its token already cancelled.
            var lookup = LookUpAsync(asciiDomain, limit.Token);
            _ = lookup.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            result = await lookup.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is DnsResponseException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            if (cancellationToken.IsCancellationRequested) throw;
            result = DomainCheck.Unknown;
            logger.LogWarning("DNS check of {Domain} failed ({Error}); letting the customer through.", asciiDomain, ex.Message);
        }

        // Unknown is not cached: the next customer should get a real answer once DNS is back.
        if (result != DomainCheck.Unknown) cache.Set(key, result, CacheFor);
        return result;
    }

    private async Task<DomainCheck> LookUpAsync(string domain, CancellationToken cancellationToken)
    {
        var mx = await client.QueryAsync(domain, QueryType.MX, cancellationToken: cancellationToken);
        if (Failed(mx, domain) is { } failure) return failure;
        var exchanges = mx.Answers.MxRecords().ToList();
        if (exchanges.Count > 0)
            return exchanges.All(r => r.Exchange.Value is "." or "") ? DomainCheck.NullMx : DomainCheck.AcceptsMail;

        foreach (var type in new[] { QueryType.A, QueryType.AAAA })
        {
            var address = await client.QueryAsync(domain, type, cancellationToken: cancellationToken);
            if (Failed(address, domain) is { } addressFailure) return addressFailure;
            if (address.Answers.OfType<AddressRecord>().Any()) return DomainCheck.AcceptsMail;
        }
        return DomainCheck.DoesNotExist;
    }

    private DomainCheck? Failed(IDnsQueryResponse response, string domain)
    {
        if (!response.HasError) return null;
        if (response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain) return DomainCheck.DoesNotExist;
        logger.LogWarning("DNS answered {Code} for {Domain}; letting the customer through.", response.Header.ResponseCode, domain);
        return DomainCheck.Unknown;
    }

    private static LookupClient CreateClient(EmailValidationOptions options)
    {
        var servers = options.ParseNameServers();
        var lookup = servers.Count > 0
            ? new LookupClientOptions(servers.Select(s => new NameServer(s)).ToArray())
            : new LookupClientOptions();
        lookup.Timeout = TimeSpan.FromMilliseconds(options.TimeoutMs);
        lookup.Retries = 0;
        lookup.ThrowDnsErrors = false;
        lookup.UseCache = false; // answers are cached above, including negative ones
        lookup.ContinueOnDnsError = false;
        lookup.ContinueOnEmptyResponse = false;
        return new LookupClient(lookup);
    }
}
