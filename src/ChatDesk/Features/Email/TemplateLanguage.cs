using System.Globalization;

namespace ChatDesk.Features.Email;

/// <summary>How a template's language writes dates and labels the transcript table.</summary>
internal sealed record TemplateLanguage(CultureInfo Culture, string DateFormat, string TimeHeader, string AuthorHeader, string TextHeader)
{
    private static readonly TemplateLanguage English = new(CultureInfo.GetCultureInfo("en-GB"), "d MMMM yyyy", "Time", "From", "Message");
    private static readonly TemplateLanguage Swedish = new(CultureInfo.GetCultureInfo("sv-SE"), "d MMMM yyyy", "Tid", "Från", "Meddelande");

    public static TemplateLanguage For(string? language)
    {
        var code = (language ?? "").Trim().ToLowerInvariant();
        if (code is "" or "en") return English;
        if (code is "sv") return Swedish;
        try
        {
            // A language we have no labels for still gets its own date format.
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return English with { Culture = culture, DateFormat = "D" };
        }
        catch (CultureNotFoundException)
        {
            return English;
        }
    }
}
