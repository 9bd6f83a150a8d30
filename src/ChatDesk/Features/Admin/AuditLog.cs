using ChatDesk.Data;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin;

/// <summary>Records every admin change and lists them for admins.</summary>
public sealed class AuditLog(IDbContextFactory<ChatDeskDbContext> contexts, TimeProvider time)
{
    public const int MaxDetails = 4000;

    /// <summary>Adds the entry to <paramref name="db"/> so it commits together with the change it describes.</summary>
    public void Add(ChatDeskDbContext db, StaffActor actor, string area, string action, string subject, string details = "") =>
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Area = area,
            Action = action,
            Subject = Clip(subject, 200),
            Details = Clip(details, MaxDetails),
        });

    public async Task RecordAsync(StaffActor actor, string area, string action, string subject, string details, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        Add(db, actor, area, action, subject, details);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(StaffActor actor, string? area, int take, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => area == null || e.Area == area)
            .OrderByDescending(e => e.Id).Take(take).ToListAsync(ct);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
