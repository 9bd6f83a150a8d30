using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatDesk.Features.EmailValidation;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.EmailValidation;

/// <summary>EmailValidation:TimeoutMs is the limit of the whole check, however many name servers stay silent.</summary>
public sealed class DnsTimeLimitTests : IDisposable
{
    // Name servers that read every query and never answer: DNS "down" as a customer meets it.
    private readonly List<UdpClient> silent = [.. Enumerable.Range(0, 4).Select(_ => new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)))];
    private readonly CancellationTokenSource stop = new();

    public DnsTimeLimitTests()
    {
        foreach (var server in silent) _ = SwallowAsync(server);
    }

    [Fact]
    public async Task FourSilentNameServersStillGiveUnknownWithinTheTimeLimit()
    {
        const int timeoutMs = 600;
        var servers = string.Join(",", silent.Select(s => $"127.0.0.1:{((IPEndPoint)s.Client.LocalEndPoint!).Port}"));
        var checker = new DnsEmailDomainChecker(
            Options.Create(new EmailValidationOptions { NameServers = servers, TimeoutMs = timeoutMs }),
            new MemoryCache(new MemoryCacheOptions()), NullLogger<DnsEmailDomainChecker>.Instance);
        var clock = Stopwatch.StartNew();

        var result = await checker.CheckAsync("example.com", CancellationToken.None);

        Assert.Equal(DomainCheck.Unknown, result);
        // Each silent server alone waits the full limit, so four in a row would take 2.4 s; the bound leaves room
        // for a loaded machine while still telling the two apart.
        Assert.True(clock.ElapsedMilliseconds < timeoutMs + 900, $"took {clock.ElapsedMilliseconds} ms with a {timeoutMs} ms limit");
    }

    private async Task SwallowAsync(UdpClient server)
    {
        try
        {
            while (!stop.IsCancellationRequested) await server.ReceiveAsync(stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // the test is over
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        foreach (var server in silent) server.Dispose();
        stop.Dispose();
    }
}
