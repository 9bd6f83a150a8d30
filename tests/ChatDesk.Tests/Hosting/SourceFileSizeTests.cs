namespace ChatDesk.Tests.Hosting;

/// <summary>Small files (DESIGN.md conventions; issue 9): no hand-written source file grows past 200 lines.</summary>
public sealed class SourceFileSizeTests
{
    private const int MaxLines = 200;
    private static readonly string[] Extensions = [".cs", ".razor", ".js", ".css"];

    // Generated code, and the one file that must stay whole: widget.js is embedded in customers' own pages with a
    // single script tag, so splitting it would cost every embedding page extra requests.
    private static readonly string[] Exempt = ["/Migrations/", "/bin/", "/obj/", "/wwwroot/widget.js", "/node_modules/"];

    [Fact]
    public void NoSourceFileIsLongerThan200Lines()
    {
        var root = RepoRoot();
        var tooLong = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(path => Extensions.Contains(Path.GetExtension(path)))
            .Select(path => (Path: Path.GetRelativePath(root, path).Replace('\\', '/'), Lines: File.ReadLines(path).Count()))
            .Where(file => !Exempt.Any(e => ("/" + file.Path).Contains(e, StringComparison.Ordinal)) && file.Lines > MaxLines)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, "Split these files:\n" + string.Join("\n", tooLong));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatDesk.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
