namespace ChatDesk.Features.Supervision.Figures;

/// <summary>The headline figures for a set of chats (a day, a channel, an agent, an hour...).</summary>
public sealed record ChatFigures(
    int Requested,
    int Answered,
    int AbandonedInQueue,
    int ResolvedByFaq,
    int TicketsCreated,
    TimeSpan? AverageWait,
    TimeSpan? Percentile90Wait,
    TimeSpan? AverageDuration,
    double? AverageRating)
{
    public static readonly ChatFigures None = From([]);

    /// <param name="sessions">The chats of the period, already filtered by channel.</param>
    /// <param name="ticketsCreated">Tickets created in the same period and channel(s); tickets are not sessions.</param>
    public static ChatFigures From(IEnumerable<SessionFacts> sessions, int ticketsCreated = 0)
    {
        var list = sessions as IReadOnlyCollection<SessionFacts> ?? sessions.ToList();
        var waits = list.Select(s => s.Wait).OfType<TimeSpan>().ToList();
        var durations = list.Select(s => s.Duration).OfType<TimeSpan>().ToList();
        var ratings = list.Select(s => s.Rating).OfType<int>().ToList();
        return new ChatFigures(
            list.Count(s => s.Requested),
            list.Count(s => s.Answered),
            list.Count(s => s.AbandonedInQueue),
            list.Count(s => s.ResolvedByFaq),
            ticketsCreated,
            Average(waits),
            Percentile.NearestRank(waits, 90),
            Average(durations),
            ratings.Count == 0 ? null : ratings.Average());
    }

    /// <summary>The mean, to the whole second: nobody reads a wait to the millisecond, and whole seconds
    /// keep the page, the CSV and the tests in exact agreement.</summary>
    public static TimeSpan? Average(IReadOnlyCollection<TimeSpan> values) =>
        values.Count == 0 ? null : TimeSpan.FromSeconds(Math.Round(values.Average(v => v.TotalSeconds), MidpointRounding.AwayFromZero));
}
