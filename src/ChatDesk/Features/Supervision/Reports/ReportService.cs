using ChatDesk.Data;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.Figures;
using ChatDesk.Resources;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Supervision.Reports;

/// <summary>Reports over a date range: supervisors see the channels they are a member of, admins every channel
/// (<see cref="SupervisedChannels"/>).</summary>
public sealed class ReportService(IDbContextFactory<ChatDeskDbContext> contexts)
{
    public async Task<IReadOnlyList<(int Id, string Name)>> ChannelsAsync(StaffActor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ChannelsAsync(db, null, await SupervisedChannels.ForAsync(db, actor, ct), ct);
    }

    public async Task<ReportData> LoadAsync(StaffActor actor, ReportQuery query, CancellationToken ct)
    {
        actor.DemandSupervisor();
        if (query.Problem is { } problem) throw new ArgumentException(problem, nameof(query));
        var (start, end) = query.Utc;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = await SupervisedChannels.ForAsync(db, actor, ct);
        return new ReportData(
            await ChannelsAsync(db, query.ChannelId, visible, ct),
            await FactsQueries.SessionsAsync(db, start, end, query.ChannelId, visible, ct),
            await FactsQueries.TicketsAsync(db, start, end, query.ChannelId, visible, ct));
    }

    public async Task<IReadOnlyList<ReportTable>> TablesAsync(StaffActor actor, ReportQuery query, SupervisorText text, CancellationToken ct) =>
        ReportTables.Build(await LoadAsync(actor, query, ct), query.Zone, text);

    private static async Task<IReadOnlyList<(int Id, string Name)>> ChannelsAsync(
        ChatDeskDbContext db, int? channelId, IReadOnlyCollection<int>? visible, CancellationToken ct) =>
        (await db.Channels.AsNoTracking().Where(c => (channelId == null || c.Id == channelId) && (visible == null || visible.Contains(c.Id)))
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct))
        .Select(c => (c.Id, c.Name)).ToList();
}
