using ChatDesk.Tests.Support;

namespace ChatDesk.Load;

/// <summary>ChatDesk as one setup runs it: one node on its SQLite file, addressed directly; or N nodes over a
/// throwaway PostgreSQL cluster (durability off, as in the test suite) and a Redis server, started one after the
/// other (the first creates the schema and the demo data), with nginx in front as deploy/run-cluster.sh sets it up.
/// The server side's CPU time is every process that serves the chats: the nodes, PostgreSQL's whole process tree,
/// Redis and nginx.</summary>
public sealed class ChatDeskDeployment : IMeasured, IAsyncDisposable
{
    private readonly List<AppProcess> nodes = [];
    private readonly Dictionary<string, string> settings;
    private int postmaster;
    private RedisTestServer? redis;
    private NginxFront? front;

    private ChatDeskDeployment(ChatDeskSetup setup, string assembly, Dictionary<string, string> settings)
        => (Setup, Assembly, this.settings) = (setup, assembly, settings);

    public ChatDeskSetup Setup { get; }
    public string Assembly { get; }
    public string BaseUrl => front?.BaseUrl ?? nodes[0].BaseUrl;
    public BenchDatabase Database { get; private set; } = default!;

    /// <summary>The app's settings as its CLI needs them (`token create`), node 1's data folder filled in.</summary>
    public Dictionary<string, string> CliSettings() => settings.ToDictionary(s => s.Key, s => s.Value.Replace("{data}", nodes[0].DataFolder));

    public static async Task<ChatDeskDeployment> StartAsync(ChatDeskSetup setup, string assembly)
    {
        var deployment = new ChatDeskDeployment(setup, assembly, Apps.ChatDeskSettings());
        try
        {
            await deployment.StartAsync();
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
        return deployment;
    }

    private async Task StartAsync()
    {
        if (!Setup.Postgres)
        {
            nodes.Add(await AppProcess.StartAsync("chatdesk", Assembly, settings));
            Database = BenchDatabase.Sqlite(Path.Combine(nodes[0].DataFolder, "chatdesk.db"));
            return;
        }
        var postgres = await Task.Run(() => PostgresCluster.Instance);
        postmaster = postgres.ServerProcessId;
        var name = "chatdesk_load_" + Guid.NewGuid().ToString("N")[..8];
        BenchDatabase.Postgres(Connection(postgres, "postgres")).Execute($"CREATE DATABASE \"{name}\"");
        Database = BenchDatabase.Postgres(Connection(postgres, name));
        redis = await RedisTestServer.StartNewAsync();
        settings["ChatDesk__Database"] = "Postgres";
        settings["ConnectionStrings__ChatDesk"] = Connection(postgres, name);
        settings["ChatDesk__Redis"] = redis.ConnectionString;
        for (var node = 1; node <= Setup.Nodes; node++)
        {
            Console.WriteLine($"{Setup.Title}: starting node {node}…");
            nodes.Add(await AppProcess.StartAsync($"chatdesk-node{node}", Assembly, settings));
        }
        front = await NginxFront.StartAsync(nodes.Select(n => n.Port));
    }

    // Npgsql's defaults (pool of 100 a node), as a production connection string would have them.
    private static string Connection(PostgresCluster postgres, string database) =>
        $"Host=127.0.0.1;Port={postgres.Port};Username={PostgresCluster.User};Database={database}";

    public IReadOnlyList<(string Part, TimeSpan Cpu)> CpuTimes()
    {
        var parts = new List<(string, TimeSpan)> { ("nodes", nodes.Aggregate(TimeSpan.Zero, (sum, n) => sum + n.CpuTime())) };
        if (postmaster != 0) parts.Add(("PostgreSQL", ProcessCpu.Tree(postmaster)));
        if (redis is not null) parts.Add(("Redis", ProcessCpu.Tree(redis.ProcessId)));
        if (front is not null) parts.Add(("nginx", ProcessCpu.Tree(front.ProcessId)));
        return parts;
    }

    public async Task<(long Heap, long WorkingSet)> MemoryAsync()
    {
        long heap = 0, workingSet = 0;
        foreach (var node in nodes)
        {
            var (h, w) = await node.MemoryAsync();
            (heap, workingSet) = (heap + h, workingSet + w);
        }
        return (heap, workingSet);
    }

    public async ValueTask DisposeAsync()
    {
        if (front is not null) await front.DisposeAsync();
        foreach (var node in nodes) await node.DisposeAsync();
        if (redis is not null) await redis.DisposeAsync();
    }
}
