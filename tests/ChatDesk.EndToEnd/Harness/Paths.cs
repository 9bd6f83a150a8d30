namespace ChatDesk.EndToEnd.Harness;

internal static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TestResults => Path.Combine(RepoRoot, "TestResults", "e2e");

    /// <summary>The app's own build output, same configuration as this test assembly.</summary>
    public static string AppAssembly
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(RepoRoot, "src", "ChatDesk", "bin", configuration, "net10.0", "ChatDesk.dll");
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatDesk.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
