using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Text of the privacy admin page (/admin/privacy), in the signed-in user's language.</summary>
public sealed class PrivacyText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.PrivacyText", typeof(PrivacyText).Assembly);

    private PrivacyText(string? language) : base(Strings, language) { }

    public static PrivacyText For(string? language) => new(language);
}
