using FluentValidation.Results;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>A folder as the admin page lists it; <see cref="Path"/> names it from the top, e.g. "Support FAQ / Returns".</summary>
public sealed record FaqFolderRow(int Id, string Name, int? ParentId, string Path, int Depth, int ArticleCount);

public sealed record FaqArticleRow(int Id, int FolderId, string Language, string Title, bool Published, bool Public, DateTimeOffset UpdatedAt);

/// <summary>What a save or delete came to: the id it touched, or the problems that stopped it (nothing was changed).
/// Service-level problems carry an <c>ErrorCode</c> the page translates; validator messages are shown as they are.</summary>
public sealed record FaqChange(int Id, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static FaqChange Done(int id) => new(id, []);

    /// <param name="detail">Shown in the page's translated text too (as {0}), e.g. the channels using a folder.</param>
    public static FaqChange Refused(string property, string code, string message, string? detail = null) =>
        new(0, [new ValidationFailure(property, message, detail) { ErrorCode = code }]);
}

/// <summary>The codes of refusals that only the service can decide (they need the database).</summary>
public static class FaqAdminErrors
{
    public const string FolderMissing = "FaqFolderMissing";
    public const string FolderNotEmpty = "FaqFolderNotEmpty";
    public const string FolderInUse = "FaqFolderInUse";
    public const string FolderNameTaken = "FaqFolderNameTaken";
    public const string FolderCycle = "FaqFolderCycle";
    public const string ArticleMissing = "FaqArticleMissing";
}
