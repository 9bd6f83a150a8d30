namespace ChatDesk.Features.Supervision.Figures;

/// <summary>The wait-time distribution: how many answered chats waited how long.</summary>
public static class WaitBuckets
{
    /// <summary>Upper bounds, exclusive: a wait of exactly 30 s falls in "30–60 s".</summary>
    public static readonly TimeSpan[] Limits =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10),
    ];

    /// <summary>Label keys in SupervisorText, one per bucket (Limits.Length + 1).</summary>
    public static readonly string[] Keys = ["Wait_Under30s", "Wait_30To60s", "Wait_1To2min", "Wait_2To5min", "Wait_5To10min", "Wait_Over10min"];

    public static int[] Count(IEnumerable<SessionFacts> sessions)
    {
        var counts = new int[Limits.Length + 1];
        foreach (var wait in sessions.Select(s => s.Wait).OfType<TimeSpan>())
        {
            var bucket = Array.FindIndex(Limits, limit => wait < limit);
            counts[bucket < 0 ? Limits.Length : bucket]++;
        }
        return counts;
    }
}
