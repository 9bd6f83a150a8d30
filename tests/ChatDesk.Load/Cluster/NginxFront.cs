using System.Diagnostics;
using System.Net.Sockets;

namespace ChatDesk.Load;

/// <summary>Debian's nginx on a free loopback port in front of the nodes, with the deploy's own template
/// (deploy/nginx.conf.template, as deploy/run-cluster.sh renders it: ip_hash sticky sessions, WebSockets proxied)
/// and one worker, in the foreground so the benchmark owns the process and reads its CPU time.</summary>
public sealed class NginxFront : IAsyncDisposable
{
    private const string Executable = "/usr/sbin/nginx";
    private readonly string prefix = Directory.CreateTempSubdirectory("chatdesk-load-nginx-").FullName;
    private Process? process;

    public int Port { get; } = AppProcess.FreePort();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("nginx is not started.");

    public static async Task<NginxFront> StartAsync(IEnumerable<int> nodePorts)
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException($"{Executable} is missing: apt-get install nginx (tests/run.sh does).");
        var front = new NginxFront();
        foreach (var folder in new[] { "logs", "temp" }) Directory.CreateDirectory(Path.Combine(front.prefix, folder));
        var nodes = string.Join('\n', nodePorts.Select(port => $"        server 127.0.0.1:{port} max_fails=1 fail_timeout=30s;"));
        var config = (await File.ReadAllTextAsync(Path.Combine(Apps.RepositoryRoot, "deploy", "nginx.conf.template")))
            .Replace("@USER@", Environment.UserName).Replace("@WORKERS@", "1").Replace("@LISTEN@", $"127.0.0.1:{front.Port}")
            .Replace("@TLS@", "").Replace("@NODES@", nodes);
        var path = Path.Combine(front.prefix, "nginx.conf");
        await File.WriteAllTextAsync(path, config);
        var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", front.prefix, "-c", path, "-e", "stderr", "-g", "daemon off;" }) info.ArgumentList.Add(arg);
        front.process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Listening(front.Port))
        {
            if (front.process.HasExited) throw new InvalidOperationException("nginx exited: " + await front.process.StandardError.ReadToEndAsync());
            if (DateTime.UtcNow > deadline) throw new TimeoutException("nginx did not listen within 20 s.");
            await Task.Delay(100);
        }
        return front;
    }

    private static bool Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        try { Directory.Delete(prefix, recursive: true); }
        catch (IOException) { }
    }
}
