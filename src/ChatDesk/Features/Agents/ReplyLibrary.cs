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
        var templates = await Matching(db.ReplyTemplates.AsNoTracking(), db, text, t => t.Name, t => t.Body)
            .Where(t => t.System == null && t.Language == language)
            .OrderBy(t => t.Name).Take(Max)
            .Select(t => new ReplyChoice(ReplyKind.Template, t.Name, t.Body)).ToListAsync(ct);
        // Only what a customer may open: published, public articles.
        var articles = await Matching(db.FaqArticles.AsNoTracking(), db, text, a => a.Title)
            .Where(a => a.Published && a.Public && a.Language == language)
            .OrderBy(a => a.Title).Take(Max)
            .Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        var quick = await Matching(db.QuickReplies.AsNoTracking(), db, text, r => r.Title, r => r.Text)
            .Where(r => r.OwnerUserId == agentId)
            .OrderBy(r => r.Title).Take(Max)
            .Select(r => new ReplyChoice(ReplyKind.QuickReply, r.Title, r.Text)).ToListAsync(ct);
        return [.. quick, .. templates, .. articles.Select(a => new ReplyChoice(ReplyKind.FaqLink, a.Title, $"{a.Title}: {baseUri.TrimEnd('/')}/faq/{a.Id}"))];
    }

    private static IQueryable<T> Matching<T>(IQueryable<T> rows, ChatDeskDbContext db, string text,
        params System.Linq.Expressions.Expression<Func<T, string>>[] columns) =>
        text == "" ? rows : rows.Where(TextMatch.AnyContains(db.Database, text, columns));

    /// <summary>Fills the placeholders an agent's reply can use.</summary>
    public static string Fill(string text, string customerName, string agentName) =>
        text.Replace("{customer.name}", customerName).Replace("{agent.name}", agentName);
}
