using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Api;

/// <summary>
/// The staff connections of <c>/hubs/chat</c> and the token each was opened with. A hub connection is checked once,
/// when it opens (<see cref="ChatHubGate"/>), but then hears its watched chats for as long as it stays open; so a
/// revoked token, a disabled user or a lost agent role must also close the connections already open.
/// <see cref="RevalidateAsync"/> asks the database (the truth, on every node) about every open connection's token in
/// one statement and closes those it no longer accepts; <see cref="StaffHubRevalidation"/> runs it every few seconds.
/// </summary>
internal sealed class StaffHubConnections(PersonalAccessTokens tokens, ILogger<StaffHubConnections> log)
{
    private readonly ConcurrentDictionary<string, (string TokenHash, HubCallerContext Context)> open = new();

    public void Add(HubCallerContext context, string tokenHash) => open[context.ConnectionId] = (tokenHash, context);

    public void Remove(string connectionId) => open.TryRemove(connectionId, out _);

    public int Count => open.Count;

    /// <summary>Closes the connections whose token no longer opens the hub; returns how many.</summary>
    public async Task<int> RevalidateAsync(CancellationToken ct)
    {
        var snapshot = open.ToArray();
        if (snapshot.Length == 0) return 0;
        var valid = await tokens.StillOpenTheHubAsync([.. snapshot.Select(c => c.Value.TokenHash).Distinct()], ct);
        var closed = 0;
        foreach (var (connectionId, (hash, context)) in snapshot)
        {
            if (valid.Contains(hash)) continue;
            Remove(connectionId);
            context.Abort();
            closed++;
        }
        if (closed > 0) log.LogInformation("Closed {Count} staff hub connection(s) whose token was revoked or whose user lost access", closed);
        return closed;
    }
}

/// <summary>Runs <see cref="StaffHubConnections.RevalidateAsync"/> every <see cref="Interval"/>: a revoked token stops
/// hearing its chats within that time (HTTP requests with it are refused from the next one on).</summary>
internal sealed class StaffHubRevalidation(StaffHubConnections connections, ILogger<StaffHubRevalidation> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await connections.RevalidateAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; the next pass checks again.
                log.LogWarning(e, "Could not check the staff hub connections' tokens");
            }
        }
    }
}
