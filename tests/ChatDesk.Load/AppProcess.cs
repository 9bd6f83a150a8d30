using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatDesk.Load;

/// <summary>An app under measurement, started as its own process on a free loopback port, so its CPU time and memory
/// are its own and not the load generator's. Every app gets the heap probe (a startup hook) and its own data folder.</summary>
public sealed class AppProcess : IMeasured, IAsyncDisposable
{
    private readonly Process process;
    private readonly string probeFolder;

    private AppProcess(Process process, int port, string scheme, string dataFolder, string probeFolder)
    {
        this.process = process;
        Port = port;
        Scheme = scheme;
        DataFolder = dataFolder;
        this.probeFolder = probeFolder;
    }

    public int Port { get; }
    /// <summary>The app's process id, for dotnet-gcdump while `pages --hold` keeps the pages open.</summary>
    public int ProcessId => process.Id;
    /// <summary>"https" for an app started with <c>https: true</c> (a self-signed certificate), else "http".</summary>
    public string Scheme { get; }
    public string BaseUrl => $"{Scheme}://127.0.0.1:{Port}";
    public string DataFolder { get; }

    /// <param name="https">Serve HTTPS with a self-signed certificate made for the run, as a company serves its chat
    /// pages: secure cookies (antiforgery, which a paused circuit persists) are refused over plain HTTP.</param>
    public static async Task<AppProcess> StartAsync(
        string name, string assembly, IReadOnlyDictionary<string, string> settings, string? args = null, bool https = false)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("chatdesk-load-" + name + "-").FullName;
        var probe = Directory.CreateDirectory(Path.Combine(data, "probe")).FullName;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(assembly);
        foreach (var arg in (args ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)) info.ArgumentList.Add(arg);
        var scheme = https ? "https" : "http";
        info.Environment["ASPNETCORE_URLS"] = $"{scheme}://127.0.0.1:{port}";
        if (https)
        {
            info.Environment["Kestrel__Certificates__Default__Path"] = SelfSigned.WritePfx(Path.Combine(data, "loopback.pfx"), SelfSigned.Password);
            info.Environment["Kestrel__Certificates__Default__Password"] = SelfSigned.Password;
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "ChatDesk.Load.HeapProbe.dll");
        info.Environment["CHATDESK_HEAP_PROBE_DIR"] = probe;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) info.Environment[key.Replace("{data}", data)] = value.Replace("{data}", data);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var log = Path.Combine(data, "app.log");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, port, scheme, data, probe);
        try
        {
            await app.WaitUntilUpAsync(name, log);
        }
        catch
        {
            // Not left running (and measured by nobody) when it did not come up in time.
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime() => ProcessCpu.Tree(process.Id);

    public IReadOnlyList<(string Part, TimeSpan Cpu)> CpuTimes() => [("app", CpuTime())];

    /// <summary>The managed heap after full collections and the working set, as the heap probe inside the app reads them.</summary>
    public async Task<(long Heap, long WorkingSet)> MemoryAsync()
    {
        var answer = Path.Combine(probeFolder, "heap");
        File.Delete(answer);
        await File.WriteAllTextAsync(Path.Combine(probeFolder, "request"), "");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(answer))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The heap probe did not answer (is DOTNET_STARTUP_HOOKS honoured?).");
            await Task.Delay(100);
        }
        var parts = (await File.ReadAllTextAsync(answer)).Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private async Task WaitUntilUpAsync(string name, string log)
    {
        using var http = new HttpClient(SelfSigned.TrustingHandler()) { Timeout = TimeSpan.FromSeconds(5) };
        // Generous: on a busy shared machine the first start (migrations, demo data) has taken over two minutes.
        var deadline = DateTime.UtcNow.AddSeconds(StartupSeconds);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited at startup:\n{ReadLog(log)}");
            try
            {
                var answer = await http.GetAsync(BaseUrl + "/");
                if (answer.StatusCode is not HttpStatusCode.ServiceUnavailable) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{name} did not answer within {StartupSeconds} s:\n{ReadLog(log)}");
            await Task.Delay(250);
        }
    }

    private const int StartupSeconds = 360;

    private static readonly Lock LogGate = new();

    private static void Append(string log, string? line)
    {
        if (line is null) return;
        lock (LogGate) File.AppendAllText(log, line + "\n");
    }

    private static string ReadLog(string log) => File.Exists(log) ? File.ReadAllText(log) : "(no output)";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { }
    }
}
