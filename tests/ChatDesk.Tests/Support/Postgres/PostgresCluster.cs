using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatDesk.Tests.Support;

/// <summary>A throwaway PostgreSQL cluster for this test run (Debian's postgresql package, installed by
/// tests/run.sh): initdb into a temporary folder, a server on a free loopback port with its socket in that folder,
/// stopped and deleted when the test process ends (or, should it die, by a watchdog shell started beside it).
/// initdb refuses root, so as root the cluster runs as the package's <c>postgres</c> user.</summary>
public sealed class PostgresCluster
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string folder;
    private readonly string data;

    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }
    public const string User = "chatdesk";

    private PostgresCluster()
    {
        if (!File.Exists(Path.Combine(Bin, "postgres")))
            throw new InvalidOperationException($"PostgreSQL is not installed ({Bin}): run tests/run.sh, or apt-get install postgresql.");
        folder = Directory.CreateTempSubdirectory("chatdesk-pg-").FullName;
        data = Path.Combine(folder, "data");
        Port = FreePort();
        if (Environment.UserName == "root") Run("chown", "postgres:postgres", folder);
        AsOwner("initdb", "-D", data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        // Durability off: the cluster lives for one test run. Many small databases come and go, one per test.
        var options = $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB";
        AsOwner("pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options, "start");
        StartWatchdog();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>The postmaster's process id (the load benchmark counts its and its backends' CPU time).</summary>
    public int ServerProcessId => int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Include Error Detail=true;Maximum Pool Size=50";

    private void Stop()
    {
        try
        {
            AsOwner("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped (the watchdog); the folder goes anyway.
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Stops the server if this process dies without running its exit handlers (a killed test host).</summary>
    private void StartWatchdog()
    {
        var stop = Command("pg_ctl", "-D", data, "-m", "immediate", "stop");
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; " +
                     $"{string.Join(' ', stop.Select(Quote))} >/dev/null 2>&1; rm -rf {Quote(folder)}";
        var info = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        Process.Start(info);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    private static string[] Command(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? ["runuser", "-u", "postgres", "--", Path.Combine(Bin, tool), .. arguments]
            : [Path.Combine(Bin, tool), .. arguments];

    private static void AsOwner(string tool, params string[] arguments)
    {
        var command = Command(tool, arguments);
        Run(command[0], command[1..]);
    }

    private static void Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        // These tools say little; the server pg_ctl starts writes to its log file, not to these pipes.
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
