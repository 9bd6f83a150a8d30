using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision.Figures;

/// <summary>Loads the facts for a period [start, end) and one channel or all the viewer may see (<see cref="SupervisedChannels"/>);
/// shared by the dashboard and the reports.</summary>
public static class FactsQueries
{
    public static async Task<List<SessionFacts>> SessionsAsync(
        ChatDeskDbContext db, DateTimeOffset start, DateTimeOffset end, int? channelId, IReadOnlyCollection<int>? visible, CancellationToken ct)
    {
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.CreatedAt >= start && s.CreatedAt < end && (channelId == null || s.ChannelId == channelId)
                && (visible == null || visible.Contains(s.ChannelId)))
            .Select(s => new { s.ChannelId, s.Status, s.CreatedAt, s.RequestedAt, s.AcceptedAt, s.EndedAt, s.Rating, s.AgentId, s.AgentDisplayName })
            .ToListAsync(ct);
        // The staff name, not the name the customer saw (which may be a first name or a nickname).
        var agentIds = rows.Select(s => s.AgentId).OfType<string>().Distinct().ToList();
        var staffNames = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(s => new SessionFacts(s.ChannelId, s.Status, s.CreatedAt, s.RequestedAt, s.AcceptedAt, s.EndedAt,
            s.Rating, s.AgentId, s.AgentId is { } id && staffNames.TryGetValue(id, out var name) ? name : s.AgentDisplayName)).ToList();
    }

    /// <summary>Channel id and creation time of each ticket created in the period.</summary>
    public static async Task<List<(int ChannelId, DateTimeOffset CreatedAt)>> TicketsAsync(
        ChatDeskDbContext db, DateTimeOffset start, DateTimeOffset end, int? channelId, IReadOnlyCollection<int>? visible, CancellationToken ct)
    {
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.CreatedAt >= start && t.CreatedAt < end && (channelId == null || t.ChannelId == channelId)
                && (visible == null || visible.Contains(t.ChannelId)))
            .Select(t => new { t.ChannelId, t.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(t => (t.ChannelId, t.CreatedAt)).ToList();
    }
}
