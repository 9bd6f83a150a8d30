using ChatDesk.Data;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ChatDesk.Features.Supervision;

/// <summary>Today's figures and charts for the supervisor dashboard, "today" being the viewer's day.</summary>
public sealed class TodayFiguresService(IDbContextFactory<ChatDeskDbContext> contexts, TimeProvider time, IMemoryCache cache)
{
    /// <summary>How many previous same weekdays make the "usual" line of the chats-per-hour chart.</summary>
    public const int ComparisonWeeks = 4;

    public async Task<TodayFigures> TodayAsync(StaffActor actor, int? channelId, TimeZoneInfo zone, CancellationToken ct)
    {
        var today = LocalDay.Of(time.GetUtcNow(), zone);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = await SupervisedChannels.ForAsync(db, actor, ct);
        var (start, end) = LocalDay.RangeUtc(today, today, zone);
        var sessions = await FactsQueries.SessionsAsync(db, start, end, channelId, visible, ct);
        var tickets = await FactsQueries.TicketsAsync(db, start, end, channelId, visible, ct);

        // Past days do not change, and every session event on every open dashboard asks again: keep their average.
        var usual = await cache.GetOrCreateAsync((nameof(TodayFiguresService), channelId, Key(visible), zone.Id, today), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            var earlier = new List<int[]>();
            for (var week = 1; week <= ComparisonWeeks; week++)
            {
                var day = today.AddDays(-7 * week);
                var (dayStart, dayEnd) = LocalDay.RangeUtc(day, day, zone);
                earlier.Add(HourlyLoad.Count(await FactsQueries.SessionsAsync(db, dayStart, dayEnd, channelId, visible, ct), zone));
            }
            return HourlyLoad.Average(earlier);
        });
        return new TodayFigures(today, ChatFigures.From(sessions, tickets.Count), HourlyLoad.Count(sessions, zone),
            usual!, WaitBuckets.Count(sessions));
    }

    private static string Key(IReadOnlyCollection<int>? visible) => visible is null ? "all" : string.Join(",", visible.Order());
}
