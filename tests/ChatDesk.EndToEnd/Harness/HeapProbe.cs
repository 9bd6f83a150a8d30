using System.Globalization;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>Reads the app's managed heap from inside its process, through the load benchmark's startup hook
/// (tests/ChatDesk.Load.HeapProbe): the app is started with <see cref="Settings"/>, and <see cref="ReadAsync"/>
/// asks the hook for a full, compacting collection and the bytes still held.</summary>
public sealed class HeapProbe
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatdesk-e2e-heap-" + Guid.NewGuid().ToString("N"));

    public HeapProbe() => Directory.CreateDirectory(folder);

    /// <summary>The environment that loads the hook into the app.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "ChatDesk.Load.HeapProbe.dll"),
        ["CHATDESK_HEAP_PROBE_DIR"] = folder,
    };

    /// <summary>The app's managed heap in bytes after full collections.</summary>
    public async Task<long> ReadAsync()
    {
        var answer = Path.Combine(folder, "heap");
        File.Delete(answer);
        await File.WriteAllTextAsync(Path.Combine(folder, "request"), "");
        await Wait.UntilAsync(() => Task.FromResult(File.Exists(answer)), TimeSpan.FromSeconds(60), "the app's heap probe");
        // The hook removes the request just after answering: wait for that, so the next request is not removed with it.
        await Wait.UntilAsync(() => Task.FromResult(!File.Exists(Path.Combine(folder, "request"))), TimeSpan.FromSeconds(10), "the heap probe to finish");
        return long.Parse((await File.ReadAllTextAsync(answer)).Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
