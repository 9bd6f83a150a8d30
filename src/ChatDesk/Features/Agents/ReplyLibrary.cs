using ChatDesk.Data;
using ChatDesk.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Agents;

public enum ReplyKind { Template, FaqLink, QuickReply }

public sealed record ReplyChoice(ReplyKind Kind, string Title, string Text);

/// <summary>What an agent can insert into a reply: their own quick replies, and reply templates and FAQ links in
/// the chat's language.</summary>
public sealed class ReplyLibrary(IDbContextFactory<ChatDeskDbContext> contexts)
{
    private const int Max = 30;

    public async Task<IReadOnlyList<ReplyChoice>> SearchAsync(string language, string? query, string baseUri, CancellationToken ct,
        string? agentId = null)
    {
        var text = (query ?? "").Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var templates = await db.ReplyTemplates.AsNoTracking()
            .Where(t => t.System == null && t.Language == language)
            .Where(t => text == "" || EF.Functions.Like(t.Name, $"%{text}%") || EF.Functions.Like(t.Body, $"%{text}%"))
            .OrderBy(t => t.Name).Take(Max)
            .Select(t => new ReplyChoice(ReplyKind.Template, t.Name, t.Body)).ToListAsync(ct);
        // Only what a customer may open: published, public articles.
        var articles = await db.FaqArticles.AsNoTracking()
            .Where(a => a.Published && a.Public && a.Language == language)
            .Where(a => text == "" || EF.Functions.Like(a.Title, $"%{text}%"))
            .OrderBy(a => a.Title).Take(Max)
            .Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        var quick = await db.QuickReplies.AsNoTracking()
            .Where(r => r.OwnerUserId == agentId)
            .Where(r => text == "" || EF.Functions.Like(r.Title, $"%{text}%") || EF.Functions.Like(r.Text, $"%{text}%"))
            .OrderBy(r => r.Title).Take(Max)
            .Select(r => new ReplyChoice(ReplyKind.QuickReply, r.Title, r.Text)).ToListAsync(ct);
        return [.. quick, .. templates, .. articles.Select(a => new ReplyChoice(ReplyKind.FaqLink, a.Title, $"{a.Title}: {baseUri.TrimEnd('/')}/faq/{a.Id}"))];
    }

    /// <summary>Fills the placeholders an agent's reply can use.</summary>
    public static string Fill(string text, string customerName, string agentName) =>
        text.Replace("{customer.name}", customerName).Replace("{agent.name}", agentName);
}
