using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Agents;

/// <summary>An agent's own quick replies. Every call is scoped to the owner: nobody edits another's.</summary>
public sealed class QuickReplies(IDbContextFactory<ChatDeskDbContext> contexts)
{
    public async Task<IReadOnlyList<QuickReply>> MineAsync(string ownerId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.QuickReplies.AsNoTracking().Where(r => r.OwnerUserId == ownerId).OrderBy(r => r.Title).ToListAsync(ct);
    }

    /// <summary>Creates (id 0) or updates the owner's quick reply; false when the text is empty or it is not theirs.</summary>
    public async Task<bool> SaveAsync(string ownerId, int id, string title, string text, CancellationToken ct)
    {
        title = Conversations.ChatText.CleanLine(title, 100);
        text = Conversations.ChatText.Clean(text);
        if (title.Length == 0 || text.Length == 0) return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (id == 0)
        {
            db.QuickReplies.Add(new QuickReply { OwnerUserId = ownerId, Title = title, Text = text });
            await db.SaveChangesAsync(ct);
            return true;
        }
        return await db.QuickReplies.Where(r => r.Id == id && r.OwnerUserId == ownerId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Title, title).SetProperty(r => r.Text, text), ct) == 1;
    }

    public async Task<bool> DeleteAsync(string ownerId, int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.QuickReplies.Where(r => r.Id == id && r.OwnerUserId == ownerId).ExecuteDeleteAsync(ct) == 1;
    }
}
