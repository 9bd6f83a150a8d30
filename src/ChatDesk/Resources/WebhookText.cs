using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Text of the webhooks admin page (/admin/webhooks), in the signed-in user's language.</summary>
public sealed class WebhookText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.WebhookText", typeof(WebhookText).Assembly);

    private WebhookText(string? language) : base(Strings, language) { }

    public static WebhookText For(string? language) => new(language);
}
