using ChatDesk.Tests.Support;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>The multi-node setup of issue 14 on loopback: a throwaway PostgreSQL cluster, a Redis server, two app
/// nodes over both (node A is <see cref="ChatDeskFixture.App"/>) and nginx in front with the deploy's template.
/// Browsers pinned to a node open it by its own address; the failover test goes through the proxy.</summary>
public sealed class ClusterFixture() : ChatDeskFixture(new AppServer(NodeSettings, "app-node-a.log") { StartupTimeout = StartupTimeout })
{
    // Filled once PostgreSQL and Redis are up (their ports), before either node starts; both nodes read the same one.
    private static readonly Dictionary<string, string> NodeSettings = new();
    // The first start creates the whole PostgreSQL schema; on a busy CI machine that is minutes, not seconds.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(4);

    public AppServer NodeA => App;
    public AppServer NodeB { get; } = new(NodeSettings, "app-node-b.log") { StartupTimeout = StartupTimeout };
    public NginxProxy Proxy { get; } = new();
    public RedisTestServer Redis { get; private set; } = default!;
    public ClusterDatabase Database { get; private set; } = default!;

    protected override async Task StartAppsAsync()
    {
        var postgres = await Task.Run(() => PostgresCluster.Instance);
        var name = "chatdesk_e2e_" + Guid.NewGuid().ToString("N")[..8];
        await ClusterDatabase.CreateAsync(postgres.ConnectionString("postgres"), name);
        Database = new ClusterDatabase(postgres.ConnectionString(name));
        Redis = await RedisTestServer.StartNewAsync();
        NodeSettings["ChatDesk__Database"] = "Postgres";
        NodeSettings["ConnectionStrings__ChatDesk"] = Database.ConnectionString;
        NodeSettings["ChatDesk__Redis"] = Redis.ConnectionString;
        // One after the other: node A creates the schema and seeds the demo, node B finds them there. (Nodes that start
        // together take turns under the database's lock; the unit suite covers that.)
        await NodeA.StartAsync(Smtp, Dns);
        await NodeB.StartAsync(Smtp, Dns);
        await Proxy.StartAsync([NodeA.Port, NodeB.Port]);
    }

    /// <summary>The node the proxy sends the test browsers to, and the other one.</summary>
    public async Task<(AppServer Proxied, AppServer Other)> ProxiedNodeAsync()
    {
        var port = await Proxy.NodePortAsync();
        return port == NodeA.Port ? (NodeA, NodeB) : (NodeB, NodeA);
    }

    public override async Task DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await NodeB.DisposeAsync();
        await base.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "ChatDesk on two nodes over PostgreSQL and Redis behind nginx";
}
