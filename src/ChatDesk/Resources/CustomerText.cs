using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Customer-facing text in the channel's language.</summary>
public sealed class CustomerText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.CustomerText", typeof(CustomerText).Assembly);

    private CustomerText(string? language) : base(Strings, language) { }

    public static CustomerText For(string? language) => new(language);
}
