namespace ChatDesk.Load;

/// <summary>A ChatDesk deployment the `chats` mode measures: one node on its own SQLite file (the embedded default),
/// or N nodes over PostgreSQL and Redis behind nginx (issue 14's setup, deploy/run-cluster.sh on loopback).</summary>
public sealed record ChatDeskSetup(string Key, bool Postgres, int Nodes)
{
    public string Title => Postgres
        ? $"ChatDesk, {Nodes} node{(Nodes == 1 ? "" : "s")}, PostgreSQL + Redis, nginx"
        : "ChatDesk, 1 node, SQLite";

    /// <summary>"sqlite,postgres-1,postgres-2": the setups in the order given.</summary>
    public static IReadOnlyList<ChatDeskSetup> Parse(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(One)];

    private static ChatDeskSetup One(string key) => key switch
    {
        "sqlite" => new(key, false, 1),
        _ when key.StartsWith("postgres-", StringComparison.Ordinal) && int.TryParse(key["postgres-".Length..], out var nodes) && nodes is >= 1 and <= 4
            => new(key, true, nodes),
        _ => throw new ArgumentException($"Unknown setup '{key}'. Setups: sqlite, postgres-1 … postgres-4."),
    };
}
