using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Identity;

/// <summary>An agent's photo as uploaded by an admin (<see cref="StaffUser.PhotoUrl"/>, served from /media/images),
/// for the customer page when the channel's look shows the agent's photo.</summary>
public sealed class AgentPhotos(IDbContextFactory<ChatDeskDbContext> contexts)
{
    /// <summary>The photo's address, or null when the agent has none (the avatar then shows initials).</summary>
    public async Task<string?> OfAsync(string? agentId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(agentId)) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.Id == agentId).Select(u => u.PhotoUrl).FirstOrDefaultAsync(ct);
    }
}

public static class AgentPhotosServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskAgentPhotos(this IServiceCollection services) => services.AddSingleton<AgentPhotos>();
}
