using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChatDesk.Features.Webhooks;

/// <summary>Which webhook events a tracked change of a chat is: read from the status (and agent) before and after.</summary>
public static class WebhookTransition
{
    public static IReadOnlyList<string> Of(EntityEntry entry, ChatSession session)
    {
        if (entry.State == EntityState.Added)
            return session.Status == SessionStatus.Queued ? [WebhookEvents.ChatStarted, WebhookEvents.ChatQueued] : [WebhookEvents.ChatStarted];
        if (entry.State != EntityState.Modified) return [];
        var status = entry.Property(nameof(ChatSession.Status));
        if (!status.IsModified)
        {
            var agent = entry.Property(nameof(ChatSession.AgentId));
            return session.Status == SessionStatus.Active && agent.IsModified && !Equals(agent.OriginalValue, agent.CurrentValue)
                ? [WebhookEvents.ChatTransferred] : [];
        }
        var from = (SessionStatus)status.OriginalValue!;
        return Between(from, session.Status);
    }

    public static IReadOnlyList<string> Between(SessionStatus from, SessionStatus to) => (from, to) switch
    {
        (_, _) when from == to => [],
        (_, SessionStatus.Queued) => [WebhookEvents.ChatQueued],
        (_, SessionStatus.Active) => [WebhookEvents.ChatAccepted],
        (_, SessionStatus.Ended or SessionStatus.Abandoned or SessionStatus.ResolvedByFaq) => [WebhookEvents.ChatEnded],
        _ => [],
    };
}
