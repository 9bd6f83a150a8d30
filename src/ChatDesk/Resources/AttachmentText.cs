using System.Resources;

namespace ChatDesk.Resources;

/// <summary>Attachment texts for both sides: the customer's in the channel's language, staff's in their own.</summary>
public sealed class AttachmentText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.AttachmentText", typeof(AttachmentText).Assembly);

    private AttachmentText(string? language) : base(Strings, language) { }

    public static AttachmentText For(string? language) => new(language);
}
