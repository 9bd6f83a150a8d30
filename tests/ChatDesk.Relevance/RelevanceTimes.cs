using System.Diagnostics;
using System.Globalization;

namespace ChatDesk.Relevance;

/// <summary>One timed pass over a set's questions: percentiles of the wall-clock time per question and the process's
/// CPU time per question (less sensitive than the clock to other programs on a shared machine).</summary>
public sealed record RelevanceTimes(double P50, double P95, double P99, double CpuPerQuestion)
{
    /// <summary>One call per question, in order, timed one by one.</summary>
    public static async Task<RelevanceTimes> PassAsync<T>(IReadOnlyList<string> questions, Func<string, Task<T>> ask)
    {
        var times = new List<double>(questions.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var question in questions)
        {
            var watch = Stopwatch.StartNew();
            await ask(question);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuPerQuestion = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / questions.Count;
        return new RelevanceTimes(Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), cpuPerQuestion);
    }

    /// <summary>A warm-up pass (the JIT's optimised code, caches), then <paramref name="rounds"/> timed passes.</summary>
    public static async Task<IReadOnlyList<RelevanceTimes>> RoundsAsync<T>(IReadOnlyList<string> questions, int rounds, Func<string, Task<T>> ask)
    {
        await PassAsync(questions, ask);
        var all = new List<RelevanceTimes>();
        for (var round = 0; round < rounds; round++) all.Add(await PassAsync(questions, ask));
        return all;
    }

    /// <summary>The nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>"median (lowest–highest)" of one figure over the rounds.</summary>
    public static string Spread(IReadOnlyCollection<double> values) =>
        values.Count == 1 ? Ms(values.First()) : $"{Ms(Median(values))} ({Ms(values.Min())}–{Ms(values.Max())})";

    public static string Ms(double milliseconds) =>
        milliseconds.ToString(milliseconds < 100 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";
}
