using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Text of the admin confirmations, pickers and image uploads, in the signed-in user's language.</summary>
public sealed class AdminToolsText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.AdminToolsText", typeof(AdminToolsText).Assembly);

    private AdminToolsText(string? language) : base(Strings, language) { }

    public static AdminToolsText For(string? language) => new(language);
}
