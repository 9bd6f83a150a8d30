using System.Text;
using ChatDesk.Features.Admin.Images;

namespace ChatDesk.Tests.Features.Admin.Images;

public sealed class ImageSnifferTests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public void KnowsPng() => Assert.Equal("image/png", ImageSniffer.ContentTypeOf(Png));

    [Fact]
    public void KnowsJpeg() => Assert.Equal("image/jpeg", ImageSniffer.ContentTypeOf([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]));

    [Theory]
    [InlineData("GIF87a")]
    [InlineData("GIF89a")]
    public void KnowsGif(string head) => Assert.Equal("image/gif", ImageSniffer.ContentTypeOf(Encoding.ASCII.GetBytes(head + "\x01\x00")));

    [Fact]
    public void KnowsWebp() => Assert.Equal("image/webp", ImageSniffer.ContentTypeOf(Encoding.ASCII.GetBytes("RIFF\x10\x00\x00\x00WEBPVP8 ")));

    [Theory]
    [InlineData("MZ\x90\x00\x03\x00\x00\x00")] // a Windows program, whatever its name says
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")] // SVG can carry script
    [InlineData("RIFF\x10\x00\x00\x00WAVEfmt ")] // a RIFF that is sound, not WebP
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public void RefusesAnythingElse(string content) => Assert.Null(ImageSniffer.ContentTypeOf(Encoding.Latin1.GetBytes(content)));

    [Theory]
    [InlineData("/media/images/0123456789abcdef0123456789abcdef", true)]
    [InlineData("/media/images/0123456789ABCDEF0123456789abcdef", false)]
    [InlineData("/media/images/../../admin", false)]
    [InlineData("/media/images/", false)]
    [InlineData("https://example.com/logo.png", false)]
    public void KnowsItsOwnUrls(string url, bool ours) => Assert.Equal(ours, ImageStore.IsStoreUrl(url));
}
