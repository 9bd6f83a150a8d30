using System.Text.RegularExpressions;

namespace ChatDesk.Tests.Hosting;

/// <summary>The README stands on its own: every link in it and in docs/ leads to a file inside the repository
/// (or a place on the page), never to a sibling folder or a design document that only the authors have.</summary>
public sealed partial class ReadmeLinkTests
{
    [Fact]
    public void EveryRelativeLinkStaysInsideTheRepositoryAndExists()
    {
        var root = Root();
        var documents = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        var broken = new List<string>();
        foreach (var document in documents)
        {
            var folder = Path.GetDirectoryName(document)!;
            foreach (Match link in Link().Matches(File.ReadAllText(document)))
            {
                var target = link.Groups[1].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains("://") || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(target)));
                var inside = full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (!inside || !(File.Exists(full) || Directory.Exists(full))) broken.Add($"{Path.GetFileName(document)}: {target}");
            }
        }

        Assert.Empty(broken);
        Assert.DoesNotContain("DESIGN.md", File.ReadAllText(Path.Combine(root, "README.md")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatDesk.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
