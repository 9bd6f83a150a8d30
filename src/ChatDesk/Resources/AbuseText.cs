using System.Resources;

namespace ChatDesk.Resources;

/// <summary>What the abuse limits tell a customer (in the channel's language) or a staff user (in their own).</summary>
public sealed class AbuseText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.AbuseText", typeof(AbuseText).Assembly);

    private AbuseText(string? language) : base(Strings, language) { }

    public static AbuseText For(string? language) => new(language);
}
