using System.Text.RegularExpressions;

namespace ChatDesk.Load;

/// <summary>docs/benchmarks.md: one section per benchmark mode, replaced by the latest run of that mode, with the
/// machine and date it ran on.</summary>
public static class Report
{
    public static void Write(string section, string table)
    {
        var path = Path.Combine(Apps.RepositoryRoot, "docs", "benchmarks.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\nWritten by `tests/ChatDesk.Load` (README: Load benchmark). Each section is replaced by the latest run of its mode.\n";
        var body = $"## {section}\n\n{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}\n\n{table}\n";
        var existing = new Regex($"## {Regex.Escape(section)}\n.*?(?=\n## |$)", RegexOptions.Singleline);
        text = existing.IsMatch(text) ? existing.Replace(text, body.TrimEnd('\n') + "\n") : text.TrimEnd('\n') + "\n\n" + body;
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
        Console.WriteLine($"Written to {path}");
    }
}
