using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Resources;

namespace ChatDesk.Features.CustomerChat;

/// <summary>What the customer types in the pre-chat (or offline) form, and its field rules.</summary>
public sealed class PreChatInput
{
    public const int MaxLine = 200;

    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Company { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Country { get; set; } = "";
    public bool Consent { get; set; }
    public string Question { get; set; } = "";

    /// <summary>Field-level check (syntax and presence); the e-mail domain is checked separately.</summary>
    public string? Validate(string field, CustomerFields required, CustomerText text) => field switch
    {
        nameof(Name) => Line(Name, required.HasFlag(CustomerFields.Name), text["Name"], text),
        nameof(Email) => string.IsNullOrWhiteSpace(Email)
            ? (required.HasFlag(CustomerFields.Email) ? text.Format("Required", text["Email"]) : null)
            : EmailValidation.EmailSyntax.Check(Email).IsValid ? null : text["EmailInvalid"],
        nameof(Company) => Line(Company, required.HasFlag(CustomerFields.Company), text["Company"], text),
        nameof(Phone) => Line(Phone, required.HasFlag(CustomerFields.Phone), text["Phone"], text, 50),
        nameof(Country) => Line(Country, required.HasFlag(CustomerFields.Country), text["Country"], text, 100),
        nameof(Consent) => required.HasFlag(CustomerFields.Consent) && !Consent ? text["ConsentRequired"] : null,
        nameof(Question) => string.IsNullOrWhiteSpace(ChatText.Clean(Question)) ? text["QuestionEmpty"]
            : Question.Length > ChatText.MaxMessageLength ? text.Format("TooLong", text["Question"], ChatText.MaxMessageLength) : null,
        _ => null,
    };

    public static readonly string[] Fields = [nameof(Name), nameof(Email), nameof(Company), nameof(Phone), nameof(Country), nameof(Consent), nameof(Question)];

    public CustomerDetails ToCustomer(string normalizedEmail, string? timeZoneId) => new()
    {
        Name = ChatText.CleanLine(Name, MaxLine), Email = normalizedEmail,
        Company = Optional(Company, MaxLine), Phone = Optional(Phone, 50), Country = Optional(Country, 100),
        Consent = Consent, TimeZoneId = timeZoneId,
    };

    private static string? Optional(string value, int max) => ChatText.CleanLine(value, max) is { Length: > 0 } v ? v : null;

    private static string? Line(string value, bool required, string label, CustomerText text, int max = MaxLine)
    {
        var clean = ChatText.CleanLine(value, int.MaxValue);
        if (clean.Length == 0) return required ? text.Format("Required", label) : null;
        return clean.Length > max ? text.Format("TooLong", label, max) : null;
    }
}
