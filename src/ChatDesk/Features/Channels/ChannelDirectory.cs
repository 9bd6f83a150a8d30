using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Channels;

/// <summary>Reads channels for customer pages. Each call reads the database, so admin changes show at once.</summary>
public sealed class ChannelDirectory(IDbContextFactory<ChatDeskDbContext> contexts)
{
    public async Task<ChatChannel?> FindByIdAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<ChatChannel?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 50) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
    }
}
