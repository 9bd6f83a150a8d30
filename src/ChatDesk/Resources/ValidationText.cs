using System.Globalization;
using System.Resources;

namespace ChatDesk.Resources;

/// <summary>
/// The validators' own messages, in the current UI culture like FluentValidation's built-in ones: an admin form
/// validates under the admin's language (<see cref="Under{T}"/>); a file import or the command line gets English.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ValidationText", typeof(ValidationText).Assembly);

    public static string Get(string key) => Strings.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>Runs a validation with messages in <paramref name="culture"/>.</summary>
    public static T Under<T>(CultureInfo culture, Func<T> validate)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return validate();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Runs a service call that validates, with messages in <paramref name="culture"/>. The culture set
    /// here flows into the awaited call and is undone for the caller afterwards.</summary>
    public static async Task<T> UnderAsync<T>(CultureInfo culture, Func<Task<T>> call)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return await call();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
