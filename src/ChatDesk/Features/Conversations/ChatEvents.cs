using System.Text.Json.Serialization;

namespace ChatDesk.Features.Conversations;

/// <summary>Something changed; the receiver reloads what it needs from the database (rule 1).</summary>
public abstract record ChatEvent(long SessionId, int ChannelId)
{
    /// <summary>The agent whose chat this is, when the publisher knows it: delivered to that agent's subscribers
    /// (their workspace) without every other workspace in the channel seeing it.</summary>
    public string? AgentId { get; init; }

    /// <summary>Whether subscribers of the whole channel get it (state changes), or only those of the session,
    /// its agent and the all-channels listeners (messages and typing: one chat's traffic).</summary>
    [JsonIgnore] public virtual bool ChannelWide => true;

    /// <summary>Whether every subscription of the node hears it, whatever it listens to (<see cref="BusReconnected"/>).</summary>
    [JsonIgnore] public virtual bool ToEveryone => false;

    /// <summary>Set by a shared bus on events that another node published, so work its publisher does once (the webhook
    /// fallback) is not repeated here. Never sent over the wire.</summary>
    [JsonIgnore] public bool Remote { get; init; }
}

/// <param name="Message">The stored message itself, when the publisher has it: a view that already shows
/// Sequence - 1 appends it without a database read; any other view loads after its last sequence (rule 1).</param>
public sealed record MessageAdded(long SessionId, int ChannelId, int Sequence, ChatMessage? Message = null)
    : ChatEvent(SessionId, ChannelId)
{
    public override bool ChannelWide => false;
}

public sealed record SessionChanged(long SessionId, int ChannelId, SessionStatus Status) : ChatEvent(SessionId, ChannelId);

public sealed record TypingChanged(long SessionId, int ChannelId, AuthorKind Who, bool IsTyping) : ChatEvent(SessionId, ChannelId)
{
    public override bool ChannelWide => false;
}

/// <summary>What one subscription listens to: events of these sessions, these channels' state changes
/// (<see cref="ChatEvent.ChannelWide"/>) and events about this agent's chats. Delivered once per event.</summary>
public sealed record ChatTopics(IReadOnlyCollection<long>? Sessions = null, IReadOnlyCollection<int>? Channels = null, string? AgentId = null)
{
    public bool Matches(ChatEvent e) =>
        Sessions?.Contains(e.SessionId) == true
        || (e.ChannelWide && Channels?.Contains(e.ChannelId) == true)
        || (AgentId is not null && e.AgentId == AgentId)
        || e.ToEveryone;
}

/// <summary>The event hub: in-process on one node (<see cref="InProcessChatEvents"/>), over Redis pub/sub between
/// nodes when ChatDesk:Redis is set (<see cref="Bus.RedisChatEvents"/>).</summary>
public interface IChatEvents
{
    IDisposable SubscribeSession(long sessionId, Func<ChatEvent, Task> handler);

    /// <summary>Every event of every channel: for the few listeners that need all (routing, supervisors).</summary>
    IDisposable SubscribeChannels(Func<ChatEvent, Task> handler);

    /// <summary>Only the events the topics name. A hub should dispatch by key; this default filters the
    /// all-channels stream, so a simple hub (or a fake) still works.</summary>
    IDisposable Subscribe(ChatTopics topics, Func<ChatEvent, Task> handler) =>
        SubscribeChannels(e => topics.Matches(e) ? handler(e) : Task.CompletedTask);

    void Publish(ChatEvent chatEvent);
}

/// <summary>A transfer offer for this chat was made, settled or withdrawn; views reload offers from the database.</summary>
public sealed record TransferChanged(long SessionId, int ChannelId) : ChatEvent(SessionId, ChannelId);

/// <summary>An attempt to mail this chat's transcript was recorded (sent, delayed or failed for good); views reload
/// the outbox row. Delivery also sets the session's TranscriptSentAt, which raises <see cref="SessionChanged"/>.</summary>
public sealed record TranscriptMailChanged(long SessionId, int ChannelId, long OutboxId) : ChatEvent(SessionId, ChannelId)
{
    public override bool ChannelWide => false;
}

/// <summary>Who is present or online changed (on any node); views and routing read presence again.</summary>
public sealed record PresenceChanged() : ChatEvent(0, 0);

/// <summary>This node's link to the other nodes was restored after an outage (Redis reconnected): events published
/// meanwhile were lost, so every view reloads what it shows from the database, as after a reconnect of its own.
/// Raised on the node only, to every subscription.</summary>
public sealed record BusReconnected() : ChatEvent(0, 0)
{
    public override bool ToEveryone => true;
}
