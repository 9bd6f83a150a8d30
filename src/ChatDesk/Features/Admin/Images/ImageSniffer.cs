namespace ChatDesk.Features.Admin.Images;

/// <summary>Tells an image's type from its first bytes, whatever the file is called: a renamed program is no PNG.</summary>
public static class ImageSniffer
{
    /// <summary>"image/png", "image/jpeg", "image/gif" or "image/webp"; null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return "image/gif";
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }
}
