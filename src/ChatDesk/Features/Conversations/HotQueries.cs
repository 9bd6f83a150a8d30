using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>The reads every API request or catching-up view makes, compiled once: a LINQ query otherwise rebuilds
/// and hashes its expression tree on each run to find its cached plan, which showed in the profile of a send.</summary>
internal static class HotQueries
{
    /// <summary>The chat a token's hash opens (every customer API request and hub connection).</summary>
    public static readonly Func<ChatDeskDbContext, string, CancellationToken, Task<ChatSession?>> SessionByTokenHash =
        EF.CompileAsyncQuery((ChatDeskDbContext db, string hash, CancellationToken _) =>
            db.Sessions.AsNoTracking().FirstOrDefault(s => s.TokenHash == hash));

    /// <summary>A chat's messages after a sequence, in order (a view or an app catching up after a gap).</summary>
    public static readonly Func<ChatDeskDbContext, long, int, IAsyncEnumerable<ChatMessage>> MessagesAfter =
        EF.CompileAsyncQuery<ChatDeskDbContext, long, int, ChatMessage>((db, sessionId, afterSequence) =>
            db.Messages.AsNoTracking().Where(m => m.SessionId == sessionId && m.Sequence > afterSequence).OrderBy(m => m.Sequence));
}
