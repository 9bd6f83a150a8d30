using System.Text;

namespace ChatDesk.Features.Attachments;

/// <summary>What a file's first bytes say it is.</summary>
public enum SniffedKind { Unknown, Png, Jpeg, Gif, Webp, Pdf, Zip, Ole, Text, Executable }

/// <summary>Tells a file's kind by its magic bytes, never by its name or the browser's claim.</summary>
public static class FileSniffer
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SniffedKind Sniff(ReadOnlySpan<byte> content)
    {
        if (StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return SniffedKind.Png;
        if (StartsWith(content, [0xFF, 0xD8, 0xFF])) return SniffedKind.Jpeg;
        if (StartsWith(content, "GIF87a"u8) || StartsWith(content, "GIF89a"u8)) return SniffedKind.Gif;
        if (StartsWith(content, "RIFF"u8) && content.Length >= 12 && content[8..12].SequenceEqual("WEBP"u8)) return SniffedKind.Webp;
        if (StartsWith(content, "%PDF-"u8)) return SniffedKind.Pdf;
        if (StartsWith(content, [0x50, 0x4B, 0x03, 0x04])) return SniffedKind.Zip;
        if (StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return SniffedKind.Ole;
        // Windows programs and libraries (MZ), Linux (ELF) and macOS (Mach-O) binaries: named as such in the refusal.
        if (StartsWith(content, "MZ"u8) || StartsWith(content, [0x7F, 0x45, 0x4C, 0x46])
            || StartsWith(content, [0xCF, 0xFA, 0xED, 0xFE]) || StartsWith(content, [0xCE, 0xFA, 0xED, 0xFE]))
            return SniffedKind.Executable;
        return IsText(content) ? SniffedKind.Text : SniffedKind.Unknown;
    }

    // Plain text: valid UTF-8 (a BOM allowed) without NUL or other control characters than tab and line breaks.
    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) return false;
        foreach (var b in content)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) return false;
        try
        {
            StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> magic) => content.StartsWith(magic);
}
