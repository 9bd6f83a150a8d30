using ChatDesk.Features.Attachments;
using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Attachments;

public sealed class AttachmentCheckTests
{
    private static readonly AttachmentLimits Defaults = AttachmentLimits.For(new AttachmentOptions(), null);

    [Theory]
    [InlineData("photo.png", nameof(AttachmentBytes.Png), "image/png")]
    [InlineData("photo.JPG", nameof(AttachmentBytes.Jpeg), "image/jpeg")]
    [InlineData("invoice.pdf", nameof(AttachmentBytes.Pdf), "application/pdf")]
    [InlineData("notes.txt", nameof(AttachmentBytes.Text), "text/plain; charset=utf-8")]
    [InlineData("report.docx", nameof(AttachmentBytes.Zip), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("old.xls", nameof(AttachmentBytes.Ole), "application/vnd.ms-excel")]
    public void AFileWhoseBytesMatchItsAllowedTypeIsTakenWithTheSniffedContentType(string name, string file, string contentType)
    {
        var bytes = (byte[])typeof(AttachmentBytes).GetField(file)!.GetValue(null)!;
        Assert.Equal(AttachRefusal.None, AttachmentCheck.Content(Defaults, name, bytes, out var type));
        Assert.Equal(contentType, type!.ContentType);
    }

    [Fact]
    public void BytesThatDoNotMatchTheNameAreRefused()
    {
        Assert.Equal(AttachRefusal.Mismatch, AttachmentCheck.Content(Defaults, "photo.png", AttachmentBytes.Pdf, out _));
        Assert.Equal(AttachRefusal.Mismatch, AttachmentCheck.Content(Defaults, "report.docx", AttachmentBytes.Text, out _));
    }

    [Fact]
    public void AProgramIsRefusedByNameAndByItsBytesWhateverItIsCalled()
    {
        Assert.Equal(AttachRefusal.Executable, AttachmentCheck.Before(Defaults, 0, "setup.exe", 100));
        Assert.Equal(AttachRefusal.Executable, AttachmentCheck.Content(Defaults, "invoice.pdf", AttachmentBytes.Exe, out var type));
        Assert.Null(type);
    }

    [Fact]
    public void SizeCountAndTypeLimitsAreCheckedBeforeAnythingIsRead()
    {
        Assert.Equal(AttachRefusal.TooLarge, AttachmentCheck.Before(Defaults, 0, "big.pdf", 10 * 1024 * 1024 + 1));
        Assert.Equal(AttachRefusal.None, AttachmentCheck.Before(Defaults, 0, "ok.pdf", 10 * 1024 * 1024));
        Assert.Equal(AttachRefusal.TooMany, AttachmentCheck.Before(Defaults, 20, "ok.pdf", 10));
        Assert.Equal(AttachRefusal.TypeNotAllowed, AttachmentCheck.Before(Defaults, 0, "movie.mp4", 10));
        Assert.Equal(AttachRefusal.Empty, AttachmentCheck.Before(Defaults, 0, "empty.txt", 0));
    }

    [Fact]
    public void AChannelsOwnLimitsWinOverTheConfiguredDefaults()
    {
        var channel = new ChatChannel { AttachmentMaxMegabytes = 2, AttachmentMaxPerChat = 3, AttachmentTypes = "pdf, .PNG, mp4" };
        var limits = AttachmentLimits.For(new AttachmentOptions(), channel);
        Assert.Equal(2 * 1024 * 1024, limits.MaxBytes);
        Assert.Equal(3, limits.MaxPerChat);
        Assert.Equal(["pdf", "png"], limits.AllowedTypes.Order());
        Assert.Equal(AttachRefusal.TypeNotAllowed, AttachmentCheck.Content(limits, "notes.txt", AttachmentBytes.Text, out _));
        Assert.Equal(AttachRefusal.TooLarge, AttachmentCheck.Content(limits, "x.pdf", new byte[2 * 1024 * 1024 + 1], out _));
    }

    [Fact]
    public void AChannelWithoutItsOwnLimitsTakesTheConfiguration()
    {
        var limits = AttachmentLimits.For(new AttachmentOptions { MaxMegabytes = 5, MaxPerChat = 1, AllowedTypes = "pdf" }, new ChatChannel());
        Assert.Equal((5 * 1024 * 1024L, 1, "pdf"), (limits.MaxBytes, limits.MaxPerChat, string.Join(",", limits.AllowedTypes)));
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("C:\\Users\\eva\\photo.png", "photo.png")]
    [InlineData("evil\u202Egnp.exe", "evilgnp.exe")]
    [InlineData("a\"b<c>.pdf", "a_b_c_.pdf")]
    [InlineData("...", "file")]
    public void FileNamesAreSanitized(string raw, string clean) => Assert.Equal(clean, AttachmentFileName.Clean(raw));

    [Fact]
    public void ALongFileNameKeepsItsExtension()
    {
        var clean = AttachmentFileName.Clean(new string('x', 300) + ".pdf");
        Assert.Equal(AttachmentFileName.MaxLength, clean.Length);
        Assert.EndsWith(".pdf", clean);
    }

    [Fact]
    public void RefusalsAreSaidInTheChannelsLanguageWithTheFileAndTheLimit()
    {
        var english = AttachmentRefusalText.For(ChatDesk.Resources.AttachmentText.For("en"), AttachRefusal.TooLarge, "big.pdf", Defaults);
        var swedish = AttachmentRefusalText.For(ChatDesk.Resources.AttachmentText.For("sv"), AttachRefusal.Executable, "setup.exe", Defaults);
        Assert.Equal("big.pdf is too large: a file can be at most 10 MB. Nothing was sent; your message is still in the box.", english);
        Assert.Equal("setup.exe är ett program, och program kan inte skickas av säkerhetsskäl. Ditt meddelande finns kvar i rutan.", swedish);
    }
}
