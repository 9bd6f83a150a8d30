namespace ChatDesk.EndToEnd.Harness;

/// <summary>Debian's nginx (tests/run.sh installs it) on a free loopback port in front of the given nodes, run with
/// the deploy's own template (deploy/nginx.conf.template), so the tests go through the configuration operators get.</summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private const string Executable = "/usr/sbin/nginx";
    private readonly string prefix = Directory.CreateTempSubdirectory("chatdesk-nginx-").FullName;
    private ManagedProcess? process;

    public int Port { get; } = FreePort.Tcp();
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public async Task StartAsync(IEnumerable<int> nodePorts)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: run tests/run.sh once (it installs Debian's nginx).");
        foreach (var folder in new[] { "logs", "temp" }) Directory.CreateDirectory(Path.Combine(prefix, folder));
        // A node that refused a connection is left alone for a while, so a killed node costs one refused attempt.
        var nodes = string.Join('\n', nodePorts.Select(port => $"        server 127.0.0.1:{port} max_fails=1 fail_timeout=30s;"));
        var config = File.ReadAllText(Path.Combine(Paths.RepoRoot, "deploy", "nginx.conf.template"))
            .Replace("@USER@", Environment.UserName)
            .Replace("@WORKERS@", "1")
            .Replace("@LISTEN@", $"127.0.0.1:{Port}")
            .Replace("@TLS@", "")
            .Replace("@NODES@", nodes);
        var configPath = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config);
        process = ManagedProcess.Start(Executable, ["-p", prefix, "-c", configPath, "-e", "stderr", "-g", "daemon off;"],
            Path.Combine(Paths.TestResults, "nginx.log"));
        await Wait.UntilAsync(() =>
        {
            if (process.HasExited) throw new InvalidOperationException("nginx exited at startup:\n" + process.ReadLog());
            return Task.FromResult(Tcp.IsListening(Port));
        }, TimeSpan.FromSeconds(20), "nginx");
    }

    /// <summary>The node the proxy sends this machine's requests to (ip_hash: every test browser is 127.0.0.1).</summary>
    public async Task<int> NodePortAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync(BaseUrl + "/healthz");
        var upstream = response.Headers.GetValues("X-ChatDesk-Node").Single();
        return int.Parse(upstream[(upstream.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null) await process.DisposeAsync();
        try { Directory.Delete(prefix, recursive: true); }
        catch (IOException) { }
    }
}
