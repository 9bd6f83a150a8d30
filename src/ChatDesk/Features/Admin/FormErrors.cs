using System.Globalization;
using ChatDesk.Resources;
using FluentValidation;
using FluentValidation.Results;

namespace ChatDesk.Features.Admin;

/// <summary>Helpers for admin forms: run the model's validator in the staff member's language before the service
/// does (the service's check stays the authoritative one), and pick out the errors of one field.</summary>
internal static class FormErrors
{
    public static IReadOnlyList<ValidationFailure> Check<T>(IValidator<T> validator, T model, CultureInfo culture) =>
        ValidationText.Under(culture, () => validator.Validate(model).Errors);

    /// <summary>The errors of <paramref name="property"/> as one text, or null; "" picks those about the whole form.</summary>
    public static string? For(this IReadOnlyList<ValidationFailure> errors, ContentAdminText text, string property)
    {
        var messages = errors.Where(e => e.PropertyName == property).Select(text.Error).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
