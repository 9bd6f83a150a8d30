using ChatDesk.Features.Supervision.Figures;

namespace ChatDesk.Features.Supervision.Reports;

/// <summary>The facts of one report period, as loaded from the database.</summary>
/// <param name="Channels">The channels the report covers, by name: every channel, or the chosen one.</param>
public sealed record ReportData(
    IReadOnlyList<(int Id, string Name)> Channels,
    IReadOnlyList<SessionFacts> Sessions,
    IReadOnlyList<(int ChannelId, DateTimeOffset CreatedAt)> TicketDates);
