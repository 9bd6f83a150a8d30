using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Staff UI text in the signed-in user's own language (StaffUser.Language).</summary>
public sealed class StaffText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.StaffText", typeof(StaffText).Assembly);

    private StaffText(string? language) : base(Strings, language) { }

    public static StaffText For(string? language) => new(language);
}
