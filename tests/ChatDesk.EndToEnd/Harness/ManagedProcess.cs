using System.Diagnostics;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>A child process whose output goes to a log file and which is killed, with its children, on dispose.</summary>
public sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private ManagedProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public string LogPath { get; private init; } = "";
    public bool HasExited => process.HasExited;

    public static ManagedProcess Start(string fileName, IEnumerable<string> arguments, string logPath,
        string? workingDirectory = null, IDictionary<string, string>? environment = null, bool appendLog = false)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: appendLog) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        if (!process.Start()) throw new InvalidOperationException($"Could not start {fileName}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ManagedProcess(process, log) { LogPath = logPath };
    }

    public string ReadLog()
    {
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>Stops the process as an operator or a crash would: SIGTERM (a graceful stop that runs the host's
    /// shutdown) or SIGKILL (kill -9: nothing runs), and waits until it is gone.</summary>
    public async Task StopAsync(bool graceful)
    {
        if (process.HasExited) return;
        if (graceful)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
            await kill.WaitForExitAsync();
        }
        else
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        lock (log) log.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try { log.WriteLine(line); }
            catch (ObjectDisposedException) { }
        }
    }
}
