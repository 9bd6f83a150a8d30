namespace ChatDesk.Features.Queue;

/// <summary>A recent chat's wait: how long it queued and at which position it joined.</summary>
public sealed record RecentWait(TimeSpan Waited, int JoinedAtPosition);

/// <summary>Estimates a queued customer's wait from how fast the channel has been moving lately.</summary>
public static class WaitEstimate
{
    /// <summary>Fewer answered chats than this and any estimate would be a guess: show none.</summary>
    public const int MinimumSamples = 5;

    /// <returns>Whole minutes (at least 1), or null when there is not enough data or nobody present to answer.</returns>
    public static int? Minutes(IReadOnlyList<RecentWait> recent, int position, int presentAgents)
    {
        if (position < 1 || presentAgents < 1 || recent.Count < MinimumSamples) return null;
        // Time per queue place, per chat; the median so one forgotten chat does not skew it.
        var perPlace = recent.Select(r => r.Waited.TotalSeconds / Math.Max(1, r.JoinedAtPosition)).Order().ToList();
        var median = perPlace.Count % 2 == 1
            ? perPlace[perPlace.Count / 2]
            : (perPlace[perPlace.Count / 2 - 1] + perPlace[perPlace.Count / 2]) / 2;
        return Math.Max(1, (int)Math.Ceiling(median * position / 60));
    }
}
