using System.Collections.Concurrent;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Identity;

/// <summary>A staff user's sessions ended (logout, or disabled when <paramref name="Refuse"/>): their open pages on
/// every node sign out. Filed by the user as the event's agent, so only that user's circuits hear it.</summary>
public sealed record StaffSessionEnded(string UserId, bool Refuse) : ChatEvent(0, 0)
{
    public override bool ChannelWide => false;
}

/// <summary>
/// Ends a staff user's sessions at once on every app node (through the event bus) when an admin disables them or
/// they log out: open circuits hear <see cref="StaffSessionEnded"/> and drop to anonymous, and (disabling) a cookie
/// issued before the end is refused on the next request. The security stamp (changed too) is the durable check on
/// every node (<see cref="StaffSessionCheck"/>); a node that missed the event (its bus was away) notices the stamp at
/// its circuits' next revalidation, within a minute.
/// </summary>
public sealed class StaffSessions : IDisposable
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> endedAt = new();
    private readonly TimeProvider time;
    private readonly IChatEvents events;
    private readonly IDisposable subscription;

    public StaffSessions(TimeProvider time, IChatEvents events)
    {
        this.time = time;
        this.events = events;
        // Ends announced by any node are refused here too.
        subscription = events.SubscribeChannels(e =>
        {
            if (e is StaffSessionEnded { Refuse: true } ended) endedAt[ended.UserId] = time.GetUtcNow();
            return Task.CompletedTask;
        });
    }

    public void End(string userId)
    {
        endedAt[userId] = time.GetUtcNow();
        events.Publish(new StaffSessionEnded(userId, Refuse: true) { AgentId = userId });
    }

    /// <summary>Signs the user's open pages out, without refusing later sign-ins (a logout; the new security stamp
    /// already refuses the old cookie).</summary>
    public void EndCircuits(string userId) => events.Publish(new StaffSessionEnded(userId, Refuse: false) { AgentId = userId });

    /// <summary>Calls <paramref name="handler"/> when this user's sessions end, on whichever node; dispose to stop.</summary>
    public IDisposable OnEnded(string userId, Func<Task> handler) =>
        events.Subscribe(new ChatTopics(AgentId: userId), e => e is StaffSessionEnded ended && ended.UserId == userId ? handler() : Task.CompletedTask);

    /// <summary>Forgets the end when the user is enabled again. Cookie times have whole seconds only, so a sign-in
    /// in the same second as the end could not be told apart from an older one otherwise.</summary>
    public void Resume(string userId) => endedAt.TryRemove(userId, out _);

    /// <summary>Whether a sign-in issued at <paramref name="issuedUtc"/> predates an ended session of this user.</summary>
    public bool WasEnded(string? userId, DateTimeOffset? issuedUtc) =>
        userId is not null && endedAt.TryGetValue(userId, out var at) && (issuedUtc is null || issuedUtc <= at);

    public void Dispose() => subscription.Dispose();
}
