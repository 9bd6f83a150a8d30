using ChatDesk.Features.Attachments;

namespace ChatDesk.Features.Admin.Images;

/// <summary>Which uploaded logos and photos count as images: what <see cref="FileSniffer"/> (the attachments' check)
/// reads from the first bytes, whatever the file is called, so a renamed program is no PNG here either.</summary>
public static class ImageSniffer
{
    /// <summary>"image/png", "image/jpeg", "image/gif" or "image/webp"; null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> head)
    {
        var kind = FileSniffer.Sniff(head);
        return kind is SniffedKind.Png or SniffedKind.Jpeg or SniffedKind.Gif or SniffedKind.Webp
            ? AttachmentTypes.Known.Values.First(t => t.Kind == kind).ContentType
            : null;
    }
}
