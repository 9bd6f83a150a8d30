using ChatDesk.Resources;

namespace ChatDesk.Features.Admin.Images;

/// <summary>What an admin is told about a refused upload; shared by the logo and the photo upload.</summary>
public static class ImageUploadText
{
    /// <summary>The refusal in words, or null when the upload succeeded.</summary>
    public static string? Describe(AdminToolsText text, ImageUpload upload, string fileName, int maxKilobytes) => upload.Refusal switch
    {
        ImageRefusal.TooLarge => text.Format("ImageTooLarge", fileName, maxKilobytes),
        ImageRefusal.NotAnImage => text.Format("NotAnImage", fileName),
        _ => null,
    };

    /// <summary>Runs the upload; the browser stream throws when the file passes its read limit, which is "too large".</summary>
    public static async Task<ImageUpload> TryAsync(Func<Task<ImageUpload>> upload)
    {
        try
        {
            return await upload();
        }
        catch (IOException)
        {
            return new ImageUpload(null, ImageRefusal.TooLarge);
        }
    }
}
