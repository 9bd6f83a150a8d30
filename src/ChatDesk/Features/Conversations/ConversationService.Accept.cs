using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

// Picking a waiting chat up: one winner per chat, and an agent's capacity held across nodes.
public sealed partial class ConversationService
{
    /// <summary>One winner per pickup (rule 3): only a still-queued chat can be claimed, and (when a capacity
    /// is given) only by an agent with fewer active chats than that, checked in the same statement.
    /// One winner: the UPDATE matches the version read only; on PostgreSQL under READ COMMITTED a second UPDATE of
    /// the same row waits for the first to commit and then re-checks its WHERE against the new version, matching
    /// nothing. Capacity: accepts of different chats for one agent lock different rows, so each statement's count
    /// could miss the other's uncommitted pickup; with a capacity the accept therefore first locks the agent's row
    /// (FOR UPDATE, held to the commit), so such accepts take turns and each counts what the one before committed.
    /// SQLite needs no lock: its transaction takes the database's one write lock up front.</summary>
    public async Task<bool> AcceptAsync(long sessionId, string agentId, string agentName, string welcome, CancellationToken ct,
        int? capacity = null)
    {
        var limit = capacity ?? int.MaxValue;
        for (var attempt = 0; attempt < RaceRetries; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null || session.Status != SessionStatus.Queued) return false;
            var read = session.Version;
            session.Accept(agentId, agentName, time.GetUtcNow());
            int claimed;
            var lockAgent = capacity is not null && !db.Database.IsSqlite();
            await using (var transaction = lockAgent ? await db.Database.BeginTransactionAsync(ct) : null)
            {
                if (lockAgent)
                    await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"AspNetUsers\" WHERE \"Id\" = {agentId} FOR UPDATE", ct);
                claimed = await db.Sessions
                    .Where(s => s.Id == sessionId && s.Version == read &&
                        db.Sessions.Count(other => other.AgentId == agentId && other.Status == SessionStatus.Active) < limit)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(s => s.Status, session.Status)
                        .SetProperty(s => s.Version, session.Version)
                        .SetProperty(s => s.AgentId, agentId)
                        .SetProperty(s => s.AgentDisplayName, agentName)
                        .SetProperty(s => s.AcceptedAt, session.AcceptedAt)
                        .SetProperty(s => s.EndedAt, (DateTimeOffset?)null)
                        .SetProperty(s => s.EndReason, (EndReason?)null), ct);
                if (transaction is not null) await transaction.CommitAsync(ct);
            }
            if (claimed == 1)
            {
                events.Publish(new SessionChanged(sessionId, session.ChannelId, SessionStatus.Active) { AgentId = agentId });
                if (!string.IsNullOrWhiteSpace(welcome))
                    await SendAsync(sessionId, AuthorKind.Agent, agentName, Guid.NewGuid(), welcome, ct, MessageKind.Welcome);
                return true;
            }
            // Nothing matched: the chat moved on (read again), or the agent is at capacity (stays so on a re-read).
            var active = await db.Sessions.CountAsync(s => s.AgentId == agentId && s.Status == SessionStatus.Active, ct);
            if (active >= limit) return false;
        }
        return false;
    }
}
