using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.History;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

/// <summary>One chat as its agent sees it: the session (own, or handed over and read-only), messages, a pending
/// transfer, and what the Task menu allows. One per open conversation; the component renders it.</summary>
public sealed partial class ConversationState(AgentDesk desk, ConversationService conversations, ChannelDirectory channels,
    TransferBoard transfers, TimeProvider time)
{
    private readonly MessageFeed feed = new();
    private TypingDebounce? typing;

    public string AgentId { get; private set; } = "";
    public long SessionId { get; private set; }

    /// <summary>Null when the chat is neither the agent's own nor one they handed over: nothing is shown.</summary>
    public ChatSession? Session { get; private set; }

    /// <summary>A chat this agent handed over: visible until closed, never answerable.</summary>
    public bool ReadOnly { get; private set; }

    /// <summary>A transfer this agent offered and the receiver has not answered yet.</summary>
    public TransferOffer? Pending { get; private set; }

    public IReadOnlyList<ChatMessage> Messages => feed.Messages;
    public CustomerHistory History { get; private set; } = CustomerHistory.None;
    public string Language { get; private set; } = "en";

    private bool Active => Session?.Status == SessionStatus.Active;

    public bool CanCompose => Active && !ReadOnly;
    public bool CanEnd => Active && !ReadOnly;
    public bool CanTransfer => CanEnd && Pending is null;
    public bool CanCreateTicket => !ReadOnly && Session?.TicketId is null;
    public bool CanSendTranscript => !ReadOnly;

    /// <summary>An active own chat must be ended (or handed over) before its window closes.</summary>
    public bool CanClose => ReadOnly || !Active;

    /// <summary>Loads the chat if this agent may see it; false (and nothing loaded) otherwise.</summary>
    public async Task<bool> OpenAsync(string agentId, long sessionId, CancellationToken ct)
    {
        AgentId = agentId;
        SessionId = sessionId;
        await LoadSessionAsync(ct);
        if (Session is null) return false;
        await LoadMessagesAsync(ct);
        History = await desk.HistoryAsync(AgentId, SessionId, ct);
        Language = (await channels.FindByIdAsync(Session.ChannelId, ct))?.Language ?? "en";
        return true;
    }

    /// <summary>Applies a bus event; true when new customer messages were marked read (the lists' unread counts change).</summary>
    public async Task<bool> ApplyAsync(ChatEvent chatEvent, CancellationToken ct)
    {
        switch (chatEvent)
        {
            case TypingChanged:
                return false; // the typing line (TypingLine) shows it
            case NoteAdded:
                return false; // the notes (InternalNotes) reload themselves
            case TransferChanged:
                await LoadPendingAsync(ct);
                return false;
            case MessageAdded added:
                // A message changes no state this view shows of the session: only the message (and its read mark).
                return await LoadMessagesAsync(ct, added);
            default:
                await LoadSessionAsync(ct);
                return await LoadMessagesAsync(ct);
        }
    }

    // The agent's own chat, or one they handed over (read-only until they close it); nothing else.
    private async Task LoadSessionAsync(CancellationToken ct)
    {
        var own = await desk.OwnChatAsync(AgentId, SessionId, ct);
        Session = own ?? await desk.HandedOverChatAsync(AgentId, SessionId, ct);
        ReadOnly = own is null && Session is not null;
        await LoadPendingAsync(ct);
    }

    // The sender's own pending offer, or else what became of their last one (declined, expired).
    private async Task LoadPendingAsync(CancellationToken ct)
    {
        Pending = await transfers.PendingForAsync(SessionId, ct) is { } offer && offer.FromAgentId == AgentId ? offer : null;
        TransferNotice = Pending is null && !ReadOnly ? await transfers.NoticeForAsync(SessionId, AgentId, ct) : null;
    }

    // The event's message when it is the next one, else only messages after the last one shown: an event never
    // doubles a message, a missed one is caught up.
    private async Task<bool> LoadMessagesAsync(CancellationToken ct, MessageAdded? added = null)
    {
        var shown = await feed.CatchUpAsync(added, (after, token) => conversations.MessagesAfterAsync(SessionId, after, token), ct);
        // Shown here means read: the unread count in the chat list goes back to zero.
        if (ReadOnly || !shown.Any(m => m.Author == AuthorKind.Customer && !m.ReadByAgent)) return false;
        await conversations.MarkReadByAgentAsync(SessionId, ct);
        return true;
    }

    /// <summary>The agent's typing, debounced (<see cref="TypingDebounce"/>).</summary>
    public void Typing(bool isTyping)
    {
        if (Session is not { } session) return;
        typing ??= new TypingDebounce(time, on => conversations.Typing(session, AuthorKind.Agent, on));
        typing.Set(isTyping);
    }

    /// <summary>The view closed: a start or stop still waiting for its window is dropped. Not IDisposable on
    /// purpose: the container would then keep every conversation opened until the circuit ends.</summary>
    public void Close() => typing?.Dispose();

    public string EndedText(StaffText t) => Session?.EndReason switch
    {
        EndReason.CustomerLeft => t["CustomerLeft"],
        EndReason.ConnectionLost => t["ConnectionLost"],
        EndReason.Customer => t["CustomerEnded"],
        EndReason.Idle => t["EndedIdle"],
        EndReason.Agent => t["YouEnded"],
        _ => t["ChatEnded"],
    };

    /// <summary>Inserted text goes after what the agent already wrote, to review and send.</summary>
    public static string Compose(string current, string inserted) =>
        string.IsNullOrWhiteSpace(current) ? inserted : current.TrimEnd() + " " + inserted;
}
