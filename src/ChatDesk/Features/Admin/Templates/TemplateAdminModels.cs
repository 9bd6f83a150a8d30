using ChatDesk.Features.Email;
using FluentValidation.Results;

namespace ChatDesk.Features.Admin.Templates;

public sealed record TemplateRow(int Id, string Name, string Language, SystemTemplate? System, string Subject);

/// <summary>A system template the app sends with, in one language.</summary>
public sealed record SystemSlot(SystemTemplate Kind, string Language);

/// <summary>What a save or delete came to: the id, or the problems that stopped it (nothing was changed).
/// Service-level problems carry an <c>ErrorCode</c> the page translates.</summary>
public sealed record TemplateChange(int Id, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static TemplateChange Done(int id) => new(id, []);

    public static TemplateChange Refused(string property, string code, string message) =>
        new(0, [new ValidationFailure(property, message) { ErrorCode = code }]);
}

public static class TemplateAdminErrors
{
    public const string SystemSlotTaken = "TemplateSystemSlotTaken";
    public const string SystemFixed = "TemplateSystemFixed";
    public const string SystemNotDeletable = "TemplateSystemNotDeletable";
    public const string TemplateMissing = "TemplateMissing";
}
