using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Identity;

/// <summary>A staff user's own settings, read and written with a short-lived context (circuits live for hours).</summary>
public sealed class StaffPreferences(IDbContextFactory<ChatDeskDbContext> contexts)
{
    public static readonly string[] Languages = ["en", "sv"];

    public async Task<string> LanguageAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(ct) ?? "en";
    }

    /// <summary>What the staff header shows of its user, with their language: one read per page.</summary>
    public async Task<StaffHeader> HeaderAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Users.Where(u => u.Id == userId)
            .Select(u => new StaffHeader(u.Language, u.DisplayName, u.PhotoUrl)).FirstOrDefaultAsync(ct);
        return row is null ? new StaffHeader("en", null, null) : row with { Language = string.IsNullOrEmpty(row.Language) ? "en" : row.Language };
    }

    public async Task SetLanguageAsync(string userId, string language, CancellationToken ct)
    {
        if (!Languages.Contains(language)) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), ct);
    }

    /// <summary>The presence the user last chose and how many chats they take at once.</summary>
    public async Task<(Presence Presence, int Capacity)> WorkloadAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var staff = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Presence, u.Capacity }).FirstOrDefaultAsync(ct);
        return staff is null ? (Presence.Present, 3) : (staff.Presence, staff.Capacity);
    }

    public async Task SetPresenceAsync(string userId, Presence presence, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Presence, presence), ct);
    }
}

/// <summary>The signed-in user as the staff header shows them.</summary>
public sealed record StaffHeader(string Language, string? DisplayName, string? PhotoUrl);
