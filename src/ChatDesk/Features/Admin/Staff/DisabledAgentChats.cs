using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Staff;

/// <summary>A disabled user can no longer answer: their presence lease ends now, and each chat they had goes back to
/// the front of its queue with a notice in the channel's language. Automatic routing then hands it to a present
/// member; otherwise it waits first in line.</summary>
public sealed class DisabledAgentChats(
    IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations, AgentPresence presence)
{
    public async Task<int> ReleaseAsync(string userId, CancellationToken ct)
    {
        await presence.DropAsync(userId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var chats = await db.Sessions.AsNoTracking().Where(s => s.AgentId == userId && s.Status == SessionStatus.Active)
            .Select(s => new { s.Id, s.AgentDisplayName, s.Channel!.Language }).ToListAsync(ct);
        var requeued = 0;
        foreach (var chat in chats)
        {
            var notice = CustomerText.For(chat.Language).Format("AgentUnavailableRequeued", chat.AgentDisplayName);
            if (await conversations.RequeueAsync(chat.Id, userId, notice, ct)) requeued++;
        }
        return requeued;
    }
}
