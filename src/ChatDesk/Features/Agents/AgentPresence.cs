using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Agents;

/// <summary>Who is present to answer chats, as a lease in the database (rule 11): an agent is present while they
/// chose Present and their <see cref="StaffUser.PresenceLeaseUntil"/> lies ahead. A connected workspace tab renews
/// the lease; closing the last one leaves it running for Agents:PresenceGraceSeconds (a reload or a flaky network
/// must not close a channel); a node that dies simply stops renewing. Memory holds this node's tabs (to renew) and
/// a cache of the stored leases, so the checks below stay synchronous. Away agents can still answer chats; they
/// just do not open channels or get alerts.</summary>
public sealed class AgentPresence(
    IDbContextFactory<ChatDeskDbContext> contexts, IChatEvents events, TimeProvider time, IOptions<AgentOptions> options)
{
    public static readonly TimeSpan RenewPeriod = TimeSpan.FromSeconds(5);
    // A few renewals long, so one slow or failed renewal does not make anyone absent.
    public static readonly TimeSpan Lease = RenewPeriod * 3;

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> tabs = [];
    private Dictionary<string, (Presence Chosen, DateTimeOffset Until)> leases = [];
    // Reads are numbered as they start; a read that started earlier may finish later (the timer's refresh beside a
    // tab's connect) and must not put back the older picture it saw.
    private long readsStarted;
    private long readApplied;
    private (HashSet<string> Present, HashSet<string> Online) published = ([], []);

    private TimeSpan Grace => TimeSpan.FromSeconds(options.Value.PresenceGraceSeconds);

    /// <summary>A workspace tab is connected; written at once. Dispose when its connection drops.</summary>
    public async Task<IAsyncDisposable> ConnectAsync(string userId, Presence chosen, CancellationToken ct)
    {
        lock (gate) tabs[userId] = tabs.GetValueOrDefault(userId) + 1;
        var until = time.GetUtcNow() + Lease;
        await UpdateAsync(userId, u => u.SetProperty(s => s.Presence, chosen).SetProperty(s => s.PresenceLeaseUntil, until), ct);
        await RefreshAsync(ct);
        return new Connection(this, userId);
    }

    public async Task ChooseAsync(string userId, Presence chosen, CancellationToken ct)
    {
        await UpdateAsync(userId, u => u.SetProperty(s => s.Presence, chosen), ct);
        await RefreshAsync(ct);
    }

    /// <summary>The user may no longer answer (disabled): their lease ends now, whatever tabs they have open.</summary>
    public async Task DropAsync(string userId, CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
            await db.Users.Where(u => u.Id == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.PresenceLeaseUntil, (DateTimeOffset?)null), ct);
        await RefreshAsync(ct);
    }

    public bool IsPresent(string userId)
    {
        var now = time.GetUtcNow();
        lock (gate) return leases.TryGetValue(userId, out var lease) && lease.Until > now && lease.Chosen == Presence.Present;
    }

    /// <summary>Has a workspace open (present or away), e.g. to take back a returning customer.</summary>
    public bool IsOnline(string userId)
    {
        var now = time.GetUtcNow();
        lock (gate) return leases.TryGetValue(userId, out var lease) && lease.Until > now;
    }

    public IReadOnlySet<string> PresentUsers()
    {
        var now = time.GetUtcNow();
        lock (gate) return leases.Where(l => l.Value.Until > now && l.Value.Chosen == Presence.Present).Select(l => l.Key).ToHashSet();
    }

    /// <summary>Renews the lease of every user with a tab on this node, in one statement.</summary>
    public async Task RenewAsync(CancellationToken ct)
    {
        string[] connected;
        lock (gate) connected = [.. tabs.Keys];
        if (connected.Length == 0) return;
        var until = time.GetUtcNow() + Lease;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Users.Where(u => connected.Contains(u.Id) && !u.Disabled)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PresenceLeaseUntil, until), ct);
    }

    /// <summary>Reads the stored leases (one query) and tells everyone, through the bus, when who is present or
    /// online changed, whether by a write of any node or by a lease running out.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        var read = Interlocked.Increment(ref readsStarted);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Users.AsNoTracking().Where(u => u.PresenceLeaseUntil > now && !u.Disabled)
            .Select(u => new { u.Id, u.Presence, Until = u.PresenceLeaseUntil!.Value }).ToListAsync(ct);
        bool changed;
        lock (gate)
        {
            if (read < readApplied) return;
            readApplied = read;
            leases = stored.ToDictionary(u => u.Id, u => (u.Presence, u.Until));
            var present = stored.Where(u => u.Presence == Presence.Present).Select(u => u.Id).ToHashSet();
            var online = stored.Select(u => u.Id).ToHashSet();
            changed = !present.SetEquals(published.Present) || !online.SetEquals(published.Online);
            if (changed) published = (present, online);
        }
        if (changed) events.Publish(new PresenceChanged());
    }

    private async Task UpdateAsync(string userId,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<StaffUser>> set, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId && !u.Disabled).ExecuteUpdateAsync(set, ct);
    }

    private async Task DisconnectAsync(string userId)
    {
        lock (gate)
        {
            var open = tabs.GetValueOrDefault(userId) - 1;
            if (open > 0)
            {
                tabs[userId] = open;
                return;
            }
            tabs.Remove(userId);
        }
        var until = time.GetUtcNow() + Grace;
        await UpdateAsync(userId, u => u.SetProperty(s => s.PresenceLeaseUntil, until), CancellationToken.None);
        await RefreshAsync(CancellationToken.None);
    }

    private sealed class Connection(AgentPresence owner, string userId) : IAsyncDisposable
    {
        private int disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) await owner.DisconnectAsync(userId);
        }
    }
}
