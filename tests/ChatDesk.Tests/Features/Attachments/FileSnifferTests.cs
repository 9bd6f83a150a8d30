using ChatDesk.Features.Attachments;

namespace ChatDesk.Tests.Features.Attachments;

public sealed class FileSnifferTests
{
    public static TheoryData<string, SniffedKind> Files => new()
    {
        { nameof(AttachmentBytes.Png), SniffedKind.Png },
        { nameof(AttachmentBytes.Jpeg), SniffedKind.Jpeg },
        { nameof(AttachmentBytes.Gif), SniffedKind.Gif },
        { nameof(AttachmentBytes.Webp), SniffedKind.Webp },
        { nameof(AttachmentBytes.Pdf), SniffedKind.Pdf },
        { nameof(AttachmentBytes.Zip), SniffedKind.Zip },
        { nameof(AttachmentBytes.Ole), SniffedKind.Ole },
        { nameof(AttachmentBytes.Exe), SniffedKind.Executable },
        { nameof(AttachmentBytes.Text), SniffedKind.Text },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void EachKindIsToldByItsMagicBytes(string file, SniffedKind expected)
    {
        var bytes = (byte[])typeof(AttachmentBytes).GetField(file)!.GetValue(null)!;
        Assert.Equal(expected, FileSniffer.Sniff(bytes));
    }

    [Fact]
    public void BinaryThatIsNotUtf8TextIsUnknown()
    {
        Assert.Equal(SniffedKind.Unknown, FileSniffer.Sniff([0x41, 0x42, 0xC3, 0x28, 0x43]));
        Assert.Equal(SniffedKind.Unknown, FileSniffer.Sniff([0x41, 0x00, 0x42]));
        Assert.Equal(SniffedKind.Unknown, FileSniffer.Sniff([]));
    }

    [Fact]
    public void AWebpNeedsItsFormTagNotJustRiff()
    {
        byte[] wave = [.. "RIFF"u8, 26, 0, 0, 0, .. "WAVEfmt "u8];
        Assert.NotEqual(SniffedKind.Webp, FileSniffer.Sniff(wave));
    }
}
