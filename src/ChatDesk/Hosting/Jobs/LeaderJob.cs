namespace ChatDesk.Hosting.Jobs;

/// <summary>A background job that scans shared state and acts on it (the auto-router, chat timeouts): with several
/// nodes on one database it runs on one node at a time, the holder of its <see cref="JobLeases">lease</see>.
/// Every tick on every node tries to take or renew the lease; only the holder runs the pass. The lease is several
/// ticks long, so the holder keeps it while alive; if its node dies, another node takes over once the lease has run
/// out (at most <see cref="Lease"/> late). A clean stop hands the lease back at once.
/// Why a leader and not per-row claims: these passes decide from a whole set of rows (the router balances a queue
/// over a team), their actions are already version-checked one-winner transitions, and one scanner per cluster
/// keeps the database load of N nodes the same as one.</summary>
internal abstract class LeaderJob(JobLeases leases, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    /// <summary>The job's row in JobLeases.</summary>
    protected abstract string Job { get; }

    /// <summary>Several ticks, so a slow pass or one missed tick does not hand the job to another node.</summary>
    protected virtual TimeSpan Lease => TimeSpan.FromSeconds(30);

    /// <summary>One pass over the shared state; only ever called on the lease holder.</summary>
    internal abstract Task PassAsync(CancellationToken ct);

    /// <summary>What the loop does on each tick or wake-up: the pass if this node holds (or now takes) the lease.</summary>
    internal Task<bool> TickAsync(CancellationToken ct) => leases.RunAsLeaderAsync(Job, Lease, PassAsync, ct);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await leases.ReleaseAsync(Job, cancellationToken);
        }
        catch (Exception ex)
        {
            // Not fatal: the lease runs out by itself.
            Logger.LogWarning(ex, "Handing back the {Job} lease failed; another node takes it when it runs out.", Job);
        }
    }
}
