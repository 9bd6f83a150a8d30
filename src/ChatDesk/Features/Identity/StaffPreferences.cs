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

    public async Task SetLanguageAsync(string userId, string language, CancellationToken ct)
    {
        if (!Languages.Contains(language)) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), ct);
    }
}
