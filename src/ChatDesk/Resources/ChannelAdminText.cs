using System.Resources;

namespace ChatDesk.Resources;

/// <summary>The channel administration pages' text, in the signed-in user's language like the rest of the staff UI.</summary>
public sealed class ChannelAdminText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ChannelAdminText", typeof(ChannelAdminText).Assembly);

    private ChannelAdminText(string? language) : base(Strings, language) { }

    public static ChannelAdminText For(string? language) => new(language);
}
