namespace ChatDesk.EndToEnd.Harness;

/// <summary>A real DNS server (dnsmasq) on loopback, authoritative for the test zone chatdesk.test.</summary>
public sealed class DnsTestServer : IAsyncDisposable
{
    public const string Zone = "chatdesk.test";
    /// <summary>Has an MX record.</summary>
    public const string MxDomain = "mx." + Zone;
    /// <summary>No MX, only an A record: mail goes to the A host (RFC 5321 §5.1).</summary>
    public const string AOnlyDomain = "aonly." + Zone;
    /// <summary>"MX 0 ." (RFC 7505): accepts no mail.</summary>
    public const string NullMxDomain = "nullmx." + Zone;
    /// <summary>NXDOMAIN.</summary>
    public const string MissingDomain = "missing." + Zone;

    private ManagedProcess? process;

    public int Port { get; } = FreePort.UdpAndTcp();

    public async Task StartAsync()
    {
        process = ManagedProcess.Start("/usr/sbin/dnsmasq",
        [
            "--keep-in-foreground", "--conf-file=/dev/null", "--no-hosts", "--no-resolv", "--pid-file=",
            "--listen-address=127.0.0.1", "--bind-interfaces", $"--port={Port}", "--log-facility=-",
            $"--local=/{Zone}/",
            $"--mx-host={MxDomain},mail.{MxDomain},10",
            $"--host-record=mail.{MxDomain},127.0.0.1",
            $"--host-record={AOnlyDomain},127.0.0.1",
            // Raw RR 15 (MX): preference 0 and the root name — RFC 7505's null MX.
            $"--dns-rr={NullMxDomain},15,000000",
            $"--host-record={NullMxDomain},127.0.0.1",
        ], Path.Combine(Paths.TestResults, "dns.log"));
        await Wait.UntilAsync(() => Task.FromResult(Tcp.IsListening(Port)), TimeSpan.FromSeconds(20), "dnsmasq to listen");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null) await process.DisposeAsync();
    }
}
