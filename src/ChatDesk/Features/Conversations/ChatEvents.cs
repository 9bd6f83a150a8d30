namespace ChatDesk.Features.Conversations;

/// <summary>Something changed; the receiver reloads what it needs from the database (rule 1).</summary>
public abstract record ChatEvent(long SessionId, int ChannelId);

public sealed record MessageAdded(long SessionId, int ChannelId, int Sequence) : ChatEvent(SessionId, ChannelId);

public sealed record SessionChanged(long SessionId, int ChannelId, SessionStatus Status) : ChatEvent(SessionId, ChannelId);

public sealed record TypingChanged(long SessionId, int ChannelId, AuthorKind Who, bool IsTyping) : ChatEvent(SessionId, ChannelId);

/// <summary>In-process event hub; behind an interface so a Redis- or PostgreSQL-backed hub can replace it.</summary>
public interface IChatEvents
{
    IDisposable SubscribeSession(long sessionId, Func<ChatEvent, Task> handler);
    IDisposable SubscribeChannels(Func<ChatEvent, Task> handler);
    void Publish(ChatEvent chatEvent);
}

/// <summary>A transfer offer for this chat was made, settled or withdrawn; views reload offers from the database.</summary>
public sealed record TransferChanged(long SessionId, int ChannelId) : ChatEvent(SessionId, ChannelId);

/// <summary>An attempt to mail this chat's transcript was recorded (sent, delayed or failed for good); views reload
/// the outbox row. Delivery also sets the session's TranscriptSentAt, which raises <see cref="SessionChanged"/>.</summary>
public sealed record TranscriptMailChanged(long SessionId, int ChannelId, long OutboxId) : ChatEvent(SessionId, ChannelId);

/// <summary>Who is present or online changed (on any node); views and routing read presence again.</summary>
public sealed record PresenceChanged() : ChatEvent(0, 0);
