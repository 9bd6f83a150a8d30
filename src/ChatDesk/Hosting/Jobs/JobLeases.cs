using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Hosting.Jobs;

/// <summary>Leader leases for the jobs that must run on one node at a time (the auto-router, chat timeouts, queue
/// warnings, retention). Each pass first takes or renews its job's lease with one conditional UPDATE: it matches
/// when this node holds the row already or the row's lease has run out. On PostgreSQL under READ COMMITTED a
/// second node's UPDATE waits for the first one's row lock and then re-checks its WHERE against the committed row,
/// so of two nodes racing for a free lease exactly one matches; on SQLite writers are serialised anyway.
/// The nodes' clocks must agree to well within a lease (NTP), since each compares the lease with its own clock.</summary>
public sealed class JobLeases(IDbContextFactory<ChatDeskDbContext> contexts, TimeProvider time, ILogger<JobLeases> logger)
{
    /// <summary>This node (app instance) as stored in <see cref="JobLease.Holder"/>.</summary>
    public string Holder { get; } = QueuePasses.NewSenderId();

    /// <summary>True when this node now holds <paramref name="job"/> until <paramref name="duration"/> from now:
    /// renewed when it held it already, taken when it was free or had run out; false while another node holds it.</summary>
    public async Task<bool> TryHoldAsync(string job, TimeSpan duration, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var until = now + duration;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leases = db.Set<JobLease>();
        var held = await leases.Where(l => l.Name == job && (l.Holder == Holder || l.LeaseUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, Holder).SetProperty(l => l.LeaseUntil, until), ct);
        if (held == 1) return true;
        // The first pass of a job ever: its row is created by whoever gets there first (a primary key violation
        // tells the other). Looked up first so that nodes without the lease do not fail an insert on every pass.
        if (await leases.AnyAsync(l => l.Name == job, ct)) return false;
        leases.Add(new JobLease { Name = job, Holder = Holder, LeaseUntil = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>Lets another node take <paramref name="job"/> at once (a clean shutdown), if this node holds it.</summary>
    public async Task ReleaseAsync(string job, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<JobLease>().Where(l => l.Name == job && l.Holder == Holder && l.LeaseUntil >= now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.LeaseUntil, now - TimeSpan.FromTicks(1)), ct);
    }

    /// <summary>One pass of a leader job: runs <paramref name="pass"/> only while this node holds the lease; a
    /// failure (database away) is logged and the next tick tries again. True when the pass ran.</summary>
    public async Task<bool> RunAsLeaderAsync(string job, TimeSpan lease, Func<CancellationToken, Task> pass, CancellationToken ct)
    {
        try
        {
            if (!await TryHoldAsync(job, lease, ct)) return false;
            await pass(ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Job {Job} failed; will retry.", job);
            return false;
        }
    }
}
