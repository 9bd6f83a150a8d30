using System.Resources;
using ChatDesk.Features.Email;
using FluentValidation.Results;

namespace ChatDesk.Resources;

/// <summary>The FAQ and reply-template admin pages' text, in the signed-in user's language.</summary>
public sealed class ContentAdminText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ContentAdminText", typeof(ContentAdminText).Assembly);

    private ContentAdminText(string? language) : base(Strings, language) { }

    public static ContentAdminText For(string? language) => new(language);

    public string YesNo(bool value) => this[value ? "Yes" : "No"];

    public string Kind(SystemTemplate? kind) => this[kind is { } k ? $"Kind_{k}" : "Kind_Reply"];

    public string LanguageName(string code) => code switch { "en" => "English", "sv" => "Svenska", _ => code };

    /// <summary>A refusal the service coded is shown in this language; a validator's message as it came.</summary>
    public string Error(ValidationFailure failure) =>
        string.IsNullOrEmpty(failure.ErrorCode) || this[failure.ErrorCode] == failure.ErrorCode
            ? failure.ErrorMessage
            : Format(failure.ErrorCode, failure.AttemptedValue);
}
