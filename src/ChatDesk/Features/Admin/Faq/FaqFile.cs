namespace ChatDesk.Features.Admin.Faq;

/// <summary>
/// The FAQ as a JSON file. Folders are named by path (their names from the top), never by database id, so a file
/// moves between installations; folders without articles are listed under <see cref="Folders"/> so they survive.
/// </summary>
public sealed class FaqFile
{
    public const string FormatName = "chatdesk-faq";
    public const int CurrentVersion = 1;

    public string? Format { get; init; } = FormatName;
    public int Version { get; init; } = CurrentVersion;
    public List<FaqFileFolder?>? Folders { get; init; }
    public List<FaqFileArticle?>? Articles { get; init; }
}

public sealed class FaqFileFolder
{
    public List<string?>? Path { get; init; }
}

public sealed class FaqFileArticle
{
    /// <summary>The folder's path, e.g. ["Support FAQ", "Returns"]; missing folders are created.</summary>
    public List<string?>? Folder { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public bool Published { get; init; } = true;
    public bool Public { get; init; } = true;
}

/// <summary>One problem in an imported file, with where it is, e.g. "articles[3].title".</summary>
public sealed record FaqImportProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed record FaqImportCounts(int FoldersCreated, int ArticlesCreated, int ArticlesUpdated, int ArticlesUnchanged);

/// <summary>Either the problems (and nothing was changed) or what the import did.</summary>
public sealed record FaqImportResult(IReadOnlyList<FaqImportProblem> Problems, FaqImportCounts? Counts)
{
    public bool Succeeded => Problems.Count == 0;
}
