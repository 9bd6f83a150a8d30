namespace ChatDesk.Load;

/// <summary>Latencies recorded from many threads; percentiles by nearest rank.</summary>
public sealed class Latencies
{
    private readonly Lock gate = new();
    private readonly List<double> milliseconds = [];

    public void Add(double ms)
    {
        lock (gate) milliseconds.Add(ms);
    }

    public int Count
    {
        get { lock (gate) return milliseconds.Count; }
    }

    public double Percentile(double p)
    {
        double[] sorted;
        lock (gate) sorted = [.. milliseconds.Order()];
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string Summary() => $"p50 {Percentile(50):0.#} ms, p95 {Percentile(95):0.#} ms, p99 {Percentile(99):0.#} ms";
}
