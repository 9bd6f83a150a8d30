using ChatDesk.Data;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Images;

/// <summary>Sets or clears a staff user's photo (<see cref="StaffUser.PhotoUrl"/>), admins only.</summary>
public sealed class StaffPhotos(IDbContextFactory<ChatDeskDbContext> contexts, ImageStore images, AuditLog audit)
{
    public async Task<ImageUpload> UploadAsync(StaffActor actor, string userId, Stream content, CancellationToken ct)
    {
        actor.DemandAdmin();
        var upload = await images.SaveAsync(content, ct);
        if (upload.Succeeded) await SetAsync(actor, userId, upload.Url, ct);
        return upload;
    }

    public Task RemoveAsync(StaffActor actor, string userId, CancellationToken ct)
    {
        actor.DemandAdmin();
        return SetAsync(actor, userId, null, ct);
    }

    private async Task SetAsync(StaffActor actor, string userId, string? url, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return;
        user.PhotoUrl = url;
        audit.Add(db, actor, "staff", url is null ? "photo removed" : "photo set", $"user {user.UserName}", url ?? "");
        await db.SaveChangesAsync(ct);
    }
}
