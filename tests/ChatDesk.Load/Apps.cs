using System.Diagnostics;

namespace ChatDesk.Load;

/// <summary>The apps the benchmark measures, published in Release so they run as in production (Production
/// environment, published static assets), each into a folder of its own under the system temp folder.</summary>
public static class Apps
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static Task<string> PublishChatDeskAsync() => PublishAsync(Path.Combine("src", "ChatDesk", "ChatDesk.csproj"), "ChatDesk.dll");

    public static Task<string> PublishStockBlazorAsync() =>
        PublishAsync(Path.Combine("tests", "ChatDesk.Load.StockBlazor", "ChatDesk.Load.StockBlazor.csproj"), "StockBlazor.dll");

    /// <summary>ChatDesk's settings for a benchmark run: its own SQLite file, demo data, mail to a pickup folder, and the
    /// per-client limits opened up, as every simulated customer comes from 127.0.0.1.</summary>
    public static Dictionary<string, string> ChatDeskSettings()
    {
        var settings = BaseSettings();
        // CHATDESK_LOAD_APP_ENV="NAME=value;NAME2=value" gives ChatDesk's processes (not the relay, not this one) more
        // environment, to try a runtime or Kestrel setting against the committed defaults in one command.
        foreach (var pair in (Environment.GetEnvironmentVariable("CHATDESK_LOAD_APP_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            if (pair.Split('=', 2) is [var name, var value]) settings[name.Trim()] = value.Trim();
        return settings;
    }

    private static Dictionary<string, string> BaseSettings() => new()
    {
        ["ConnectionStrings__ChatDesk"] = "Data Source={data}/chatdesk.db",
        ["Demo__Seed"] = "true",
        ["Demo__Password"] = DemoPassword,
        ["Smtp__PickupDirectory"] = "{data}/mail",
        ["Abuse__MaxCircuitsPerClient"] = "100000",
        ["Abuse__MaxCircuits"] = "100000",
        ["Abuse__WidgetPerMinute"] = "100000",
        ["Abuse__FaqSuggestPerMinute"] = "100000",
        ["Abuse__LoginPerMinute"] = "100000",
        ["Abuse__TicketsPerClientPerHour"] = "100000",
        ["Api__CustomerPerMinute"] = "1000000",
        ["Api__StaffPerMinute"] = "1000000",
        // Not what is measured, and there is no DNS server to ask on a loopback-only run.
        ["EmailValidation__CheckDomain"] = "false",
    };

    public const string DemoPassword = "Load-Demo-Pass-1";

    private static async Task<string> PublishAsync(string project, string assembly)
    {
        // One folder per clone: two clones benchmarking at once (before and after a change) must not publish over
        // each other's running app.
        var clone = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RepositoryRoot)))[..12];
        var output = Path.Combine(Path.GetTempPath(), "chatdesk-load-publish", clone, Path.GetFileNameWithoutExtension(project));
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet" }) info.ArgumentList.Add(arg);
        Console.WriteLine($"Publishing {project} (Release)…");
        using var process = Process.Start(info)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish {project} failed:\n{await log}\n{await errors}");
        return Path.Combine(output, assembly);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ChatDesk.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository (ChatDesk.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
