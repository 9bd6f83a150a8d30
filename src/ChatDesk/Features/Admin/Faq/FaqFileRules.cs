using ChatDesk.Features.Faq;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>Checks a whole FAQ file before anything is written, with the same validators as the admin forms, and
/// names every problem by its place in the file. An article is matched by folder path, language and title
/// (ignoring case), so two articles in one file with the same key are a problem too.</summary>
public static class FaqFileRules
{
    public const int MaxFolders = 5_000;
    public const int MaxArticles = 20_000;
    private static readonly FaqFolderValidator FolderRules = new();
    private static readonly FaqArticleValidator ArticleRules = new();

    /// <param name="prefix">Where the FAQ sits in a larger file, e.g. "faq." inside a whole configuration.</param>
    public static IReadOnlyList<FaqImportProblem> Check(FaqFile file, string prefix = "")
    {
        var problems = new List<FaqImportProblem>();
        void Problem(string path, string message) => problems.Add(new FaqImportProblem(prefix + path, message));

        if (file.Format is not null && file.Format != FaqFile.FormatName) Problem("format", $"must be \"{FaqFile.FormatName}\".");
        if (file.Version != FaqFile.CurrentVersion) Problem("version", $"must be {FaqFile.CurrentVersion}.");
        if (file.Folders?.Count > MaxFolders) Problem("folders", $"must not list more than {MaxFolders} folders.");
        if (file.Articles?.Count > MaxArticles) Problem("articles", $"must not list more than {MaxArticles} articles.");
        if (problems.Count > 0) return problems;

        for (var i = 0; i < (file.Folders?.Count ?? 0); i++)
        {
            if (file.Folders![i] is not { } folder) Problem($"folders[{i}]", "must be an object.");
            else CheckPath(folder.Path, $"folders[{i}].path", Problem);
        }

        var firstWithKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (file.Articles?.Count ?? 0); i++)
        {
            var at = $"articles[{i}]";
            if (file.Articles![i] is not { } article)
            {
                Problem(at, "must be an object.");
                continue;
            }
            var pathValid = CheckPath(article.Folder, at + ".folder", Problem);
            var check = ArticleRules.Validate(new FaqArticle
            {
                // The folder is named by path here; FolderId is the database's business.
                FolderId = 1, Language = article.Language ?? "", Title = article.Title ?? "", Body = article.Body ?? "",
            });
            foreach (var error in check.Errors) Problem($"{at}.{JsonName(error.PropertyName)}", error.ErrorMessage);
            if (!pathValid || !check.IsValid) continue;
            var key = Key(article);
            if (firstWithKey.TryGetValue(key, out var first))
                Problem(at, $"has the same folder, language and title as articles[{first}].");
            else firstWithKey[key] = i;
        }
        return problems;
    }

    /// <summary>The matching key: folder path, language and title.</summary>
    internal static string Key(FaqFileArticle article) =>
        string.Join('\u001f', [.. Names(article.Folder!), article.Language!, article.Title!.Trim()]);

    internal static IReadOnlyList<string> Names(IEnumerable<string?> path) => [.. path.Select(n => n!.Trim())];

    private static bool CheckPath(List<string?>? path, string at, Action<string, string> problem)
    {
        if (path is null || path.Count == 0)
        {
            problem(at, "must name at least one folder.");
            return false;
        }
        var valid = true;
        for (var j = 0; j < path.Count; j++)
        {
            foreach (var error in FolderRules.Validate(new FaqFolder { Name = path[j]?.Trim() ?? "" }).Errors)
            {
                problem($"{at}[{j}]", error.ErrorMessage);
                valid = false;
            }
        }
        return valid;
    }

    private static string JsonName(string property) =>
        property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];
}
