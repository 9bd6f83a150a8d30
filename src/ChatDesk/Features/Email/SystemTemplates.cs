using ChatDesk.Data;
using ChatDesk.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <summary>Finds the template the app itself sends with, in the channel's language.</summary>
internal static class SystemTemplates
{
    public const string FallbackLanguage = "en";

    /// <summary>The stored template in <paramref name="language"/>, else the stored English one. When an operator
    /// has none at all (no demo seed, or deleted), the built-in text is used so a customer still gets the mail.</summary>
    public static async Task<ReplyTemplate> FindAsync(
        ChatDeskDbContext db, SystemTemplate kind, string? language, CancellationToken cancellationToken)
    {
        language = string.IsNullOrWhiteSpace(language) ? FallbackLanguage : language;
        var stored = await db.ReplyTemplates.AsNoTracking()
            .Where(t => t.System == kind && (t.Language == language || t.Language == FallbackLanguage))
            .ToListAsync(cancellationToken);
        return Pick(stored, language) ?? Pick([.. DemoTemplates.All().Where(t => t.System == kind)], language)
            ?? throw new InvalidOperationException($"There is no built-in {kind} template.");
    }

    private static ReplyTemplate? Pick(List<ReplyTemplate> templates, string language) =>
        templates.FirstOrDefault(t => t.Language == language) ?? templates.FirstOrDefault(t => t.Language == FallbackLanguage);
}
