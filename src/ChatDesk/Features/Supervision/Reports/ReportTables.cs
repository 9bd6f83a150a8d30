using System.Globalization;
using ChatDesk.Features.Supervision.Figures;
using ChatDesk.Resources;

namespace ChatDesk.Features.Supervision.Reports;

/// <summary>Turns the facts of a period into the report's tables. Pure: no database, no clock.</summary>
public static class ReportTables
{
    public static readonly string[] Names = ["summary", "hours", "weekdays", "channels", "agents"];

    // Monday first, as weeks are read in Sweden and by ISO 8601.
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static IReadOnlyList<ReportTable> Build(ReportData data, TimeZoneInfo zone, SupervisorText text) =>
    [
        Summary(data, text),
        Hours(data, zone, text),
        Weekdays(data, zone, text),
        Channels(data, text),
        Agents(data, text),
    ];

    public static ReportTable Summary(ReportData data, SupervisorText text)
    {
        var f = ChatFigures.From(data.Sessions, data.TicketDates.Count);
        return new ReportTable("summary", text["Table_summary"],
        [
            Count(text, "Col_Requested"), Count(text, "Col_Answered"), Count(text, "Col_Abandoned"), Count(text, "Col_ResolvedByFaq"),
            Count(text, "Col_Tickets"), Duration(text, "Col_AverageWait"), Duration(text, "Col_P90Wait"),
            Duration(text, "Col_AverageDuration"), Rating(text, "Col_AverageRating"),
        ],
        [[f.Requested, f.Answered, f.AbandonedInQueue, f.ResolvedByFaq, f.TicketsCreated, f.AverageWait, f.Percentile90Wait, f.AverageDuration, f.AverageRating]]);
    }

    public static ReportTable Hours(ReportData data, TimeZoneInfo zone, SupervisorText text)
    {
        var byHour = data.Sessions.ToLookup(s => LocalDay.HourOf(s.CreatedAt, zone));
        return Load("hours", text["Table_hours"], new ReportColumn(text["Col_Hour"], ReportValueKind.Text), text,
            Enumerable.Range(0, 24).Select(h => ((object?)$"{h:00}:00", (IEnumerable<SessionFacts>)byHour[h])));
    }

    public static ReportTable Weekdays(ReportData data, TimeZoneInfo zone, SupervisorText text)
    {
        var byDay = data.Sessions.ToLookup(s => LocalDay.WeekdayOf(s.CreatedAt, zone));
        var names = text.Culture.DateTimeFormat;
        return Load("weekdays", text["Table_weekdays"], new ReportColumn(text["Col_Weekday"], ReportValueKind.Text), text,
            Week.Select(d => ((object?)Capitalized(names.GetDayName(d), text.Culture), (IEnumerable<SessionFacts>)byDay[d])));
    }

    public static ReportTable Channels(ReportData data, SupervisorText text)
    {
        var byChannel = data.Sessions.ToLookup(s => s.ChannelId);
        var tickets = data.TicketDates.ToLookup(t => t.ChannelId);
        return new ReportTable("channels", text["Table_channels"],
        [
            new ReportColumn(text["Col_Channel"], ReportValueKind.Text), Count(text, "Col_Requested"), Count(text, "Col_Answered"),
            Count(text, "Col_Abandoned"), Count(text, "Col_ResolvedByFaq"), Count(text, "Col_Tickets"),
            Duration(text, "Col_AverageWait"), Rating(text, "Col_AverageRating"),
        ],
        data.Channels.Select(c =>
        {
            var f = ChatFigures.From(byChannel[c.Id], tickets[c.Id].Count());
            return (IReadOnlyList<object?>)[c.Name, f.Requested, f.Answered, f.AbandonedInQueue, f.ResolvedByFaq, f.TicketsCreated, f.AverageWait, f.AverageRating];
        }).ToList());
    }

    /// <summary>A chat counts for the agent who had it last (after any transfer).</summary>
    public static ReportTable Agents(ReportData data, SupervisorText text)
    {
        var rows = data.Sessions.Where(s => s.Answered && s.AgentId is not null)
            .GroupBy(s => s.AgentId!)
            .Select(g => (Name: g.OrderBy(s => s.CreatedAt).Last().AgentName ?? g.Key, Figures: ChatFigures.From(g)))
            .OrderBy(a => a.Name, StringComparer.Create(text.Culture, ignoreCase: true))
            .Select(a => (IReadOnlyList<object?>)[a.Name, a.Figures.Answered, a.Figures.AverageDuration, a.Figures.AverageRating])
            .ToList();
        return new ReportTable("agents", text["Table_agents"],
        [
            new ReportColumn(text["Col_Agent"], ReportValueKind.Text), Count(text, "Col_Chats"),
            Duration(text, "Col_HandlingTime"), Rating(text, "Col_AverageRating"),
        ], rows);
    }

    private static ReportTable Load(string name, string title, ReportColumn first, SupervisorText text,
        IEnumerable<(object? Label, IEnumerable<SessionFacts> Sessions)> groups) =>
        new(name, title,
        [
            first, Count(text, "Col_Requested"), Count(text, "Col_Answered"), Count(text, "Col_Abandoned"), Duration(text, "Col_AverageWait"),
        ],
        groups.Select(g =>
        {
            var f = ChatFigures.From(g.Sessions);
            return (IReadOnlyList<object?>)[g.Label, f.Requested, f.Answered, f.AbandonedInQueue, f.AverageWait];
        }).ToList());

    private static ReportColumn Count(SupervisorText text, string key) => new(text[key], ReportValueKind.Count);

    private static ReportColumn Duration(SupervisorText text, string key) => new(text[key], ReportValueKind.Duration);

    private static ReportColumn Rating(SupervisorText text, string key) => new(text[key], ReportValueKind.Rating);

    private static string Capitalized(string name, CultureInfo culture) =>
        name.Length == 0 ? name : char.ToUpper(name[0], culture) + name[1..];
}
