using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatDesk.Tests.Support;

/// <summary>A real redis-server (Debian's package; tests/run.sh installs it) on a free loopback port with its own
/// empty data directory and no persistence. <see cref="KillAsync"/> and <see cref="StartAsync"/> take it away and
/// bring it back on the same port, as an outage would.</summary>
public sealed class RedisTestServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private readonly string directory = Directory.CreateTempSubdirectory("chatdesk-redis-").FullName;
    private Process? process;

    private RedisTestServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The running server's process id (the load benchmark counts its CPU time).</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("redis-server is not running.");

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisTestServer> StartNewAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: run tests/run.sh once (it installs Debian's redis-server).");
        var server = new RedisTestServer(FreePort());
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--dir", directory, "--daemonize", "no", "--protected-mode", "yes" })
            info.ArgumentList.Add(argument);
        var started = new Process { StartInfo = info, EnableRaisingEvents = true };
        var output = new List<string>();
        started.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Add(e.Data);
            if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal)) ready.TrySetResult();
        };
        started.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("redis-server exited: " + Output(output)));
        if (!started.Start()) throw new InvalidOperationException("redis-server did not start.");
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>kill -9: clients see their connections drop, with no goodbye.</summary>
    public async Task KillAsync()
    {
        if (process is not { HasExited: false } running) return;
        running.Kill(entireProcessTree: true);
        await running.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
    }

    private static string Output(List<string> output)
    {
        lock (output) return string.Join('\n', output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
