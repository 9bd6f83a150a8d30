using System.Text;

namespace ChatDesk.Tests.Features.Attachments;

/// <summary>Small files of each kind, made of their real magic bytes.</summary>
internal static class AttachmentBytes
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46];
    public static readonly byte[] Gif = [.. "GIF89a"u8, 1, 0, 1, 0];
    public static readonly byte[] Webp = [.. "RIFF"u8, 26, 0, 0, 0, .. "WEBPVP8 "u8];
    public static readonly byte[] Pdf = [.. "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"u8];
    public static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0];
    public static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    public static readonly byte[] Exe = [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0];
    public static readonly byte[] Text = Encoding.UTF8.GetBytes("Order 1234: the lamp arrived broken.\nSkåp, köp, 😀\n");
}
