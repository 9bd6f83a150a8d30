using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatDesk.Load;

public sealed record RunResult(
    string Name, int Chats, Latencies CustomerToAgent, Latencies AgentToCustomer, int Sent, int Acknowledged, int Received,
    int ReceivedTwice, IReadOnlyList<(string Part, TimeSpan Cpu)> CpuParts, TimeSpan Elapsed, long Heap, long WorkingSet, IReadOnlyCollection<string> AcknowledgedKeys, int SendErrors)
{
    public double MessagesPerSecond => Acknowledged / Elapsed.TotalSeconds;
    public TimeSpan ServerCpu => CpuParts.Aggregate(TimeSpan.Zero, (sum, part) => sum + part.Cpu);
    public double CpuMsPerMessage => Acknowledged == 0 ? double.NaN : ServerCpu.TotalMilliseconds / Acknowledged;
}

/// <summary>Drives open chats for a fixed time: each side of each chat sends one message every interval (starting at
/// a random offset so sends spread evenly), and every receipt is timed with the marker's send time. A warm-up run
/// before the measured one numbers its messages from a high first sequence, so the two never share a marker.</summary>
public static class ChatRun
{
    public static async Task<RunResult> RunAsync(string name, IMeasured server, IReadOnlyList<IChatPair> pairs, TimeSpan duration, TimeSpan interval, int firstSequence = 1)
    {
        var toAgent = new Latencies();
        var toCustomer = new Latencies();
        var received = new ConcurrentDictionary<string, int>();
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var sent = 0;
        var errors = 0;
        var clock = new Stopwatch();
        // LOAD_TRACE=/tmp/trace writes every receipt (ms into the run, latency, receiving side) to a CSV per run, to
        // see whether slow messages bunch in time (a stall) or spread evenly (a stretched distribution).
        var traceFile = Environment.GetEnvironmentVariable("LOAD_TRACE");
        var trace = traceFile is null ? null : new ConcurrentQueue<string>();
        foreach (var pair in pairs)
        {
            pair.Received = (side, text) =>
            {
                if (!Marker.TryRead(text, out var sentAt, out var key)) return;
                var ms = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
                (side == Side.Agent ? toAgent : toCustomer).Add(ms);
                trace?.Enqueue($"{clock.Elapsed.TotalMilliseconds:0.0},{ms:0.00},{side}");
                received.AddOrUpdate(key, 1, (_, n) => n + 1);
            };
        }

        var cpuBefore = server.CpuTimes();
        clock.Restart();
        var loops = pairs.SelectMany((pair, i) => new[] { Side.Customer, Side.Agent }.Select(side => SendLoopAsync(pair, i, side))).ToList();
        await Task.WhenAll(loops);
        // Messages still in flight when the last send was acknowledged.
        var settle = Stopwatch.StartNew();
        while (received.Count < acknowledged.Count && settle.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(100);
        var elapsed = clock.Elapsed;
        var cpu = server.CpuTimes().Zip(cpuBefore, (after, before) => (after.Part, after.Cpu - before.Cpu)).ToList();
        if (trace is not null) File.WriteAllLines($"{traceFile}-{name.Replace(' ', '_').Replace(",", "")}.csv", trace);
        var (heap, workingSet) = await server.MemoryAsync();
        return new RunResult(name, pairs.Count, toAgent, toCustomer, sent, acknowledged.Count, received.Count,
            received.Count(r => r.Value > 1), cpu, elapsed, heap, workingSet, [.. acknowledged.Keys], errors);

        async Task SendLoopAsync(IChatPair pair, int chat, Side side)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * interval.TotalMilliseconds));
            for (var sequence = firstSequence; clock.Elapsed < duration; sequence++)
            {
                var next = clock.Elapsed + interval;
                var text = Marker.For(chat, side, sequence);
                Marker.TryRead(text, out _, out var key);
                Interlocked.Increment(ref sent);
                try
                {
                    await pair.SendAsync(side, text);
                    acknowledged[key] = true;
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or IOException)
                {
                    // The first few, so a run with errors says what they were.
                    if (Interlocked.Increment(ref errors) <= 3) Console.WriteLine($"{name}: send error: {e.GetType().Name}: {e.Message}");
                }
                var wait = next - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
        }
    }
}
