using System.Security.Cryptography;
using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Admin.Images;

public enum ImageRefusal { None, TooLarge, NotAnImage }

/// <summary>The outcome of an upload: the image's URL, or why it was refused (and nothing stored).</summary>
public sealed record ImageUpload(string? Url, ImageRefusal Refusal)
{
    public bool Succeeded => Url is not null;
}

/// <summary>Stores uploaded images after checking their size and their bytes, and finds them for the endpoint.</summary>
public sealed class ImageStore(IDbContextFactory<ChatDeskDbContext> contexts, IOptions<ImageOptions> options, TimeProvider time)
{
    public const string PathPrefix = "/media/images/";

    public int MaxKilobytes => options.Value.MaxKilobytes;

    public static string UrlOf(string id) => PathPrefix + id;

    /// <summary>Whether <paramref name="url"/> points at an image of this store (a channel may use it as its logo).</summary>
    public static bool IsStoreUrl(string? url) =>
        url is not null && url.StartsWith(PathPrefix, StringComparison.Ordinal) && url.Length == PathPrefix.Length + 32
        && url.AsSpan(PathPrefix.Length).ContainsAnyExcept("0123456789abcdef") == false;

    /// <summary>Reads at most the limit plus one byte, so an oversized stream is refused without reading it all.</summary>
    public async Task<ImageUpload> SaveAsync(Stream content, CancellationToken ct)
    {
        var limit = MaxKilobytes * 1024;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return new(null, ImageRefusal.TooLarge);
        }
        var bytes = buffer.ToArray();
        if (ImageSniffer.ContentTypeOf(bytes) is not { } type) return new(null, ImageRefusal.NotAnImage);

        var image = new StoredImage { Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), ContentType = type, Content = bytes, CreatedAt = time.GetUtcNow() };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Set<StoredImage>().Add(image);
        await db.SaveChangesAsync(ct);
        return new(UrlOf(image.Id), ImageRefusal.None);
    }

    public async Task<StoredImage?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<StoredImage>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
    }
}
