using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Text of the staff, configuration file and audit log admin pages, in the signed-in user's language.</summary>
public sealed class StaffAdminText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.StaffAdminText", typeof(StaffAdminText).Assembly);

    private StaffAdminText(string? language) : base(Strings, language) { }

    public static StaffAdminText For(string? language) => new(language);

    public string Role(string role) => this["Role_" + role];

    public string LanguageName(string code) => this["Lang_" + code];

    /// <summary>Areas other features record ("channel", "faq", ...); an unknown one is shown as stored.</summary>
    public string Area(string area)
    {
        var text = this["Area_" + area];
        return text == "Area_" + area ? area : text;
    }
}
