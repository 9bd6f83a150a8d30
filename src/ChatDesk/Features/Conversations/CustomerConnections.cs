using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>Customer connection state, stored on the session (rule 11). Memory only counts which chats have a
/// window connected on this node, so their lease (<see cref="ChatSession.CustomerSeenAt"/>) can be renewed;
/// whether a chat is over is decided from the database by <see cref="ChatTimeouts"/>.</summary>
public sealed class CustomerConnections(
    IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, int> connected = [];

    /// <summary>A window showing this chat is connected: written at once, so a pending end loses to it.</summary>
    public async Task UpAsync(long sessionId, CancellationToken ct)
    {
        lock (gate) connected[sessionId] = connected.GetValueOrDefault(sessionId) + 1;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var renewed = await db.Sessions.Where(s => s.Id == sessionId && s.CustomerConnection == CustomerConnection.Connected)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CustomerSeenAt, time.GetUtcNow()), ct);
        // Coming back from dropped or left bumps the version, so an end read before this cannot commit.
        if (renewed == 0) await conversations.CustomerBackAsync(sessionId, ct);
    }

    /// <summary>A window's connection dropped; the chat counts as dropped when no other window of this node shows it.</summary>
    public async Task DownAsync(long sessionId, CancellationToken ct)
    {
        lock (gate)
        {
            var count = connected.GetValueOrDefault(sessionId) - 1;
            if (count > 0)
            {
                connected[sessionId] = count;
                return;
            }
            connected.Remove(sessionId);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        // A closed window (left) stays left: its shorter grace applies.
        await db.Sessions.Where(s => s.Id == sessionId && s.CustomerConnection == CustomerConnection.Connected)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.CustomerConnection, CustomerConnection.Dropped)
                .SetProperty(s => s.CustomerGoneAt, time.GetUtcNow()), ct);
    }

    /// <summary>The customer closed the window (the page's beacon); unknown and expired tokens change nothing.</summary>
    public async Task<bool> LeftAsync(string token, CancellationToken ct)
    {
        var session = await conversations.FindByTokenAsync(token, ct);
        if (session is null) return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.CustomerConnection, CustomerConnection.Left)
                .SetProperty(s => s.CustomerGoneAt, time.GetUtcNow()), ct) > 0;
    }

    /// <summary>Renews the lease of every chat with a window on this node, in one statement. A chat whose window
    /// said it is closing is not renewed, so its short grace runs even while the connection takes a moment to drop.</summary>
    public async Task RenewAsync(CancellationToken ct)
    {
        long[] ids;
        lock (gate) ids = [.. connected.Keys];
        if (ids.Length == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Sessions.Where(s => ids.Contains(s.Id) && s.CustomerConnection != CustomerConnection.Left)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CustomerSeenAt, time.GetUtcNow()), ct);
    }
}
