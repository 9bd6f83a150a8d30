using ChatDesk.Features.Conversations;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

// A message in an own chat changes one row of "My chats" (its last line and unread count): updated from the event,
// without reloading the workspace's lists.
public sealed partial class WorkspaceState
{
    /// <summary>What this workspace listens to: state changes in the agent's channels, and anything about the
    /// agent's own chats (their messages included, wherever the chat lives).</summary>
    public ChatTopics Topics => new(Channels: memberships.Select(m => m.ChannelId).Union(channels).ToArray(), AgentId: AgentId);

    /// <summary>The open chat was read as it arrived: its unread count is zero, with no database read.</summary>
    public void MarkRead(long sessionId) => Mine = Mine.Select(m => m.SessionId == sessionId ? m with { Unread = 0 } : m).ToList();

    /// <summary>Applies a message of an own chat; returns the alert for a customer's message (shown only while
    /// present). An event without its message (another node's bus) reloads "My chats" alone: one query.</summary>
    public async Task<IReadOnlyList<WorkspaceAlert>> ApplyMessageAsync(MessageAdded added, bool present, StaffText t, CancellationToken ct)
    {
        if (!IsMine(added.SessionId)) return [];
        if (added.Message is not { } message)
        {
            var unreadBefore = Mine.ToDictionary(m => m.SessionId, m => m.Unread);
            Mine = await queue.MineAsync(AgentId, ct);
            return !present ? [] : Mine.Where(m => m.Unread > unreadBefore.GetValueOrDefault(m.SessionId))
                .Select(m => new WorkspaceAlert(t.Format("NewMessageFrom", m.CustomerName), m.LastMessage, $"chat-{m.SessionId}")).ToList();
        }
        if (message.Kind == MessageKind.Event) return [];
        var fromCustomer = message.Author == AuthorKind.Customer;
        AgentChat? changed = null;
        Mine = Mine.Select(m => m.SessionId != added.SessionId ? m : changed = m with
        {
            LastMessage = message.Text,
            // The open chat is read as it arrives (its conversation marks it), so only the others count up.
            Unread = fromCustomer && m.SessionId != Selected ? m.Unread + 1 : m.Unread,
        }).ToList();
        return present && fromCustomer && changed is not null
            ? [new WorkspaceAlert(t.Format("NewMessageFrom", changed.CustomerName), message.Text, $"chat-{added.SessionId}")]
            : [];
    }
}
