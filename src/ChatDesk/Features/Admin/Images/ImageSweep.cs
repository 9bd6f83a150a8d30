using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Images;

/// <summary>Deletes stored images nothing points at any more: a replaced or removed logo or staff photo. An image is
/// never changed under its id, so a replaced one would otherwise stay in the database for good. Run with the
/// retention pass (once per interval across nodes). Only images older than <see cref="Grace"/> go: an admin may
/// have uploaded a logo into a channel form that is not saved yet.</summary>
public sealed class ImageSweep(IDbContextFactory<ChatDeskDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    /// <returns>How many images were deleted.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var logos = await db.Channels.AsNoTracking().Where(c => c.Look.LogoUrl != null).Select(c => c.Look.LogoUrl).ToListAsync(ct);
        var photos = await db.Users.AsNoTracking().Where(u => u.PhotoUrl != null).Select(u => u.PhotoUrl).ToListAsync(ct);
        var used = logos.Concat(photos).Where(ImageStore.IsStoreUrl).Select(url => url![ImageStore.PathPrefix.Length..]).ToList();
        var before = time.GetUtcNow() - Grace;
        return await db.Set<StoredImage>().Where(i => i.CreatedAt < before && !used.Contains(i.Id)).ExecuteDeleteAsync(ct);
    }
}
