using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

/// <summary>An alert the browser sounds while the workspace tab is in the background.</summary>
public sealed record WorkspaceAlert(string Title, string Body, string Tag);

/// <summary>Per circuit: what one agent's workspace shows (queue, own, team and recent chats, transfer offers,
/// warnings, drafts) and the rules deciding it. The page renders this and forwards clicks.</summary>
public sealed partial class WorkspaceState(QueueService queue, TransferBoard transfers, AgentDesk desk, TimeProvider time)
{
    /// <summary>Ended chats stay in "recent" this long, so an agent can still read or ticket them after a shift break.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromHours(8);

    private readonly List<string> warnings = [];
    // Drafts live as long as the circuit: switching chats (or leaving the page) must never lose half-written replies.
    private readonly Dictionary<long, string> drafts = [];
    private IReadOnlyList<int> channels = [];
    private IReadOnlyList<ChannelMember> memberships = [];
    private long refreshes;

    public string AgentId { get; private set; } = "";
    public int Capacity { get; private set; }
    public IReadOnlyList<QueuedChat> Waiting { get; private set; } = [];
    public IReadOnlyList<AgentChat> Mine { get; private set; } = [];
    public IReadOnlyList<AgentChat> Team { get; private set; } = [];
    public IReadOnlyList<AgentChat> Recent { get; private set; } = [];
    public IReadOnlyList<TransferOffer> Offers { get; private set; } = [];
    public IReadOnlyList<string> Warnings => warnings;
    public long? Selected { get; private set; }

    /// <summary>Why the last accept did not open a chat (taken, at capacity, …); null after a success.</summary>
    public string? Notice { get; private set; }

    /// <summary>Unread messages in chats other than the open one (the open one is read as it arrives).</summary>
    public int TotalUnread => Mine.Where(m => m.SessionId != Selected).Sum(m => m.Unread);

    public async Task StartAsync(string agentId, int capacity, long? chatInAddress, CancellationToken ct)
    {
        AgentId = agentId;
        Capacity = capacity;
        Notice = null;
        warnings.Clear();
        channels = await queue.RespondableChannelsAsync(agentId, ct);
        memberships = await queue.MembershipsAsync(agentId, ct);
        await RefreshAsync(ct);
        Selected = chatInAddress is { } chat && CanOpen(chat) ? chat : null;
    }

    /// <summary>Only the agent's own or recent chats open from the address; anything else shows the plain workspace.</summary>
    public bool CanOpen(long sessionId) => Mine.Any(m => m.SessionId == sessionId) || Recent.Any(m => m.SessionId == sessionId);

    public async Task RefreshAsync(CancellationToken ct)
    {
        // Two events close together start two refreshes that overlap at their awaits; the earlier one can finish
        // last with rows read before the later change. Only the latest started refresh lands.
        var ticket = ++refreshes;
        var waiting = await queue.WaitingAsync(channels, ct);
        var mine = await queue.MineAsync(AgentId, ct);
        var team = (await queue.TeamAsync(channels, ct)).Where(c => !mine.Any(m => m.SessionId == c.SessionId)).ToList();
        var recent = await queue.RecentAsync(AgentId, time.GetUtcNow() - RecentWindow, ct);
        var offers = await transfers.OffersToAsync(AgentId, ct);
        if (ticket != refreshes) return;
        (Waiting, Mine, Team, Recent, Offers) = (waiting, mine, team, recent, offers);
    }

    public async Task ReloadOffersAsync(CancellationToken ct) => Offers = await transfers.OffersToAsync(AgentId, ct);

    /// <summary>Whether a chat event changes the lists: session changes in the agent's channels or own chats,
    /// and messages in own chats (applied by <see cref="ApplyMessageAsync"/>). Other channels' traffic costs this
    /// workspace nothing.</summary>
    public bool Concerns(ChatEvent chatEvent) => chatEvent switch
    {
        SessionChanged => channels.Contains(chatEvent.ChannelId) || IsMine(chatEvent.SessionId),
        MessageAdded => IsMine(chatEvent.SessionId),
        _ => false,
    };

    private bool IsMine(long sessionId) => Mine.Any(m => m.SessionId == sessionId);

    /// <summary>Reloads and says what deserves an alert: new chats in the queue of channels the agent gets
    /// notifications for, and new customer messages in own chats. Away agents get no alerts.</summary>
    public async Task<IReadOnlyList<WorkspaceAlert>> RefreshForAlertsAsync(bool present, StaffText t, CancellationToken ct)
    {
        var waitingBefore = Waiting.Select(w => w.SessionId).ToHashSet();
        var unreadBefore = Mine.ToDictionary(m => m.SessionId, m => m.Unread);
        await RefreshAsync(ct);
        if (!present) return [];
        var newInQueue = Waiting.Where(w => !waitingBefore.Contains(w.SessionId) && Notifies(w.ChannelId, managers: false))
            .Select(w => new WorkspaceAlert(t["NewChatInQueue"], $"{w.CustomerName}: {w.Question}", $"queue-{w.SessionId}"));
        var newMessages = Mine.Where(m => m.Unread > unreadBefore.GetValueOrDefault(m.SessionId))
            .Select(m => new WorkspaceAlert(t.Format("NewMessageFrom", m.CustomerName), m.LastMessage, $"chat-{m.SessionId}"));
        return [.. newInQueue, .. newMessages];
    }

    /// <summary>A long wait is shown to members with notifications (manager warnings to managers only), and
    /// alerted while present. Returns the alert to sound, if any.</summary>
    public WorkspaceAlert? Warn(QueueWarning warning, bool present, StaffText t)
    {
        if (!Notifies(warning.ChannelId, warning.ForManagers)) return null;
        var text = t.Plural("WaitedMore", warning.Minutes, warning.CustomerName, warning.Minutes);
        warnings.Add(text);
        return present ? new WorkspaceAlert(t["CustomerWaiting"], text, $"warning-{warning.SessionId}") : null;
    }

    public void Dismiss(string warning) => warnings.Remove(warning);

    public bool Notifies(int channelId, bool managers) =>
        memberships.Any(m => m.ChannelId == channelId && m.Notifications && (!managers || m.IsManager));

    public string Draft(long sessionId) => drafts.GetValueOrDefault(sessionId, "");

    public void SetDraft(long sessionId, string text) => drafts[sessionId] = text;

    public void Select(long sessionId) => Selected = sessionId;

    public void CloseSelected()
    {
        if (Selected is { } closed) drafts.Remove(closed);
        Selected = null;
    }
}
