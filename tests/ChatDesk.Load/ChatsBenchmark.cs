using System.Globalization;

namespace ChatDesk.Load;

/// <summary>Live chats: the bare SignalR relay first, then ChatDesk over its public API and hub, same count, rate and
/// duration in the same run; ChatDesk's figures as ratios to the relay's, and a database check that every acknowledged
/// message is stored exactly once.</summary>
public static class ChatsBenchmark
{
    public static async Task RunAsync(int chats, int seconds, int interval, int warmUp, IReadOnlyList<ChatDeskSetup> setups)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        var every = TimeSpan.FromSeconds(interval);
        var chatDesk = await Apps.PublishChatDeskAsync();

        RunResult relay;
        await using (var server = await AppProcess.StartAsync("relay", Path.Combine(AppContext.BaseDirectory, "ChatDesk.Load.dll"), new Dictionary<string, string>(), "relay-server"))
        {
            Console.WriteLine($"Relay: opening {chats} chats…");
            var pairs = await OpenAsync(chats, async i => (IChatPair)await RelayPair.OpenAsync(server.BaseUrl, i));
            await WarmUpAsync(server, pairs, warmUp, every);
            relay = await ChatRun.RunAsync("bare SignalR relay", server, pairs, duration, every);
            await CloseAsync(pairs);
        }
        Console.WriteLine(Line(relay));

        var runs = new List<(RunResult Run, StoredCheck Stored, string Notes)>();
        foreach (var setup in setups)
        {
            await using var deployment = await ChatDeskDeployment.StartAsync(setup, chatDesk);
            var world = await ChatDeskWorld.PrepareAsync(deployment, chats);
            Console.WriteLine($"{setup.Title}: opening {chats} chats…");
            var pairs = await OpenAsync(chats, i => world.OpenPairAsync(i));
            await WarmUpAsync(deployment, pairs, warmUp, every);
            var run = await ChatRun.RunAsync(setup.Title, deployment, pairs, duration, every);
            await CloseAsync(pairs);
            var stored = StoredCheck.Read(deployment.Database, run.AcknowledgedKeys);
            runs.Add((run, stored, setup.Postgres ? world.NodesNote + "; " + CpuParts(run) : ""));
            Console.WriteLine(Line(run));
        }

        var table = Table(chats, seconds, interval, warmUp, relay, runs);
        Console.WriteLine(table);
        // One section per chat count, so runs of several sizes stand side by side.
        Report.Write(setups.All(s => !s.Postgres) ? "Live chats" : $"Live chats on one and two nodes: {chats} chats", table);
    }

    // The same load, unmeasured, first: at a few messages a second the JIT's work in a node's first minute (and the
    // first PostgreSQL connections) would otherwise be a large share of the CPU per message.
    private static async Task WarmUpAsync(IMeasured server, IReadOnlyList<IChatPair> pairs, int seconds, TimeSpan every)
    {
        if (seconds == 0) return;
        Console.WriteLine($"Warming up for {seconds} s…");
        await ChatRun.RunAsync("warm-up", server, pairs, TimeSpan.FromSeconds(seconds), every, firstSequence: 1_000_000);
    }

    private static string CpuParts(RunResult r) => "CPU per message: " + string.Join(", ", r.CpuParts.Select(p =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Part} {(r.Acknowledged == 0 ? double.NaN : p.Cpu.TotalMilliseconds / r.Acknowledged):0.00} ms")));

    // A few at a time: opening thousands of connections at once measures the accept backlog, not chat.
    private static async Task<List<IChatPair>> OpenAsync(int chats, Func<int, Task<IChatPair>> open)
    {
        var pairs = new IChatPair[chats];
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, chats).Select(async i =>
        {
            await gate.WaitAsync();
            try { pairs[i] = await open(i); }
            finally { gate.Release(); }
        }));
        return [.. pairs];
    }

    private static async Task CloseAsync(IEnumerable<IChatPair> pairs)
    {
        foreach (var pair in pairs) await pair.DisposeAsync();
    }

    private static string Line(RunResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Name}: c→a {r.CustomerToAgent.Summary()}; a→c {r.AgentToCustomer.Summary()}; {r.Acknowledged}/{r.Sent} acknowledged, {r.Received} received, {r.SendErrors} errors");

    private static string Table(int chats, int seconds, int interval, int warmUp, RunResult relay, List<(RunResult Run, StoredCheck Stored, string Notes)> runs)
    {
        string Ms(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Ratio(double v, double b) => b > 0 ? string.Create(CultureInfo.InvariantCulture, $" (×{v / b:0.00})") : "";
        string Row(RunResult r, RunResult b) => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {Ms(r.CustomerToAgent.Percentile(50))} / {Ms(r.CustomerToAgent.Percentile(95))} / {Ms(r.CustomerToAgent.Percentile(99))}{Ratio(r.CustomerToAgent.Percentile(99), b.CustomerToAgent.Percentile(99))} ms "
            + $"| {Ms(r.AgentToCustomer.Percentile(50))} / {Ms(r.AgentToCustomer.Percentile(95))} / {Ms(r.AgentToCustomer.Percentile(99))} ms "
            + $"| {r.MessagesPerSecond:0.0} | {r.CpuMsPerMessage:0.00} ms{Ratio(r.CpuMsPerMessage, b.CpuMsPerMessage)} | {r.Heap / 1048576.0:0} MB / {r.WorkingSet / 1048576.0:0} MB | {r.Acknowledged}/{r.Sent} | {r.SendErrors} |");
        return string.Join("\n", [
            $"{chats} live chats, each side sending one message every {interval} s for {seconds} s{(warmUp > 0 ? $" after {warmUp} s of the same load, not measured" : "")}, over loopback on this machine; ratios to the relay in the same run. ChatDesk's customers send {(ChatDeskPair.CustomerSend == "hub" ? "on the hub (`Send`)" : "by POST")}, its agents by POST.",
            "",
            "| server | customer→agent p50 / p95 / p99 | agent→customer p50 / p95 / p99 | messages/s | server CPU per message | managed heap / working set after | acknowledged/sent | send errors |",
            "|---|---|---|---|---|---|---|---|",
            Row(relay, relay),
            .. runs.Select(r => Row(r.Run, relay)),
            "",
            .. runs.Select(r => $"{r.Run.Name}: stored check (its database after the run): {r.Stored.Acknowledged} acknowledged messages, "
                + $"{r.Stored.Lost} lost, {r.Stored.Doubled} doubled.{(r.Notes == "" ? "" : " " + r.Notes + ".")}\n"),
        ]).TrimEnd('\n');
    }
}
