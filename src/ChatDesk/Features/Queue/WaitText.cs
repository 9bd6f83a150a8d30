namespace ChatDesk.Features.Queue;

/// <summary>How long someone has waited, as staff read it at a glance: "45 s", "3 min 12 s".</summary>
public static class WaitText
{
    public static string Since(DateTimeOffset start, DateTimeOffset now)
    {
        var waited = now - start;
        return waited.TotalMinutes >= 1 ? $"{(int)waited.TotalMinutes} min {waited.Seconds} s" : $"{Math.Max(0, waited.Seconds)} s";
    }
}
