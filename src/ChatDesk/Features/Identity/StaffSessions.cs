using System.Collections.Concurrent;

namespace ChatDesk.Features.Identity;

/// <summary>
/// Ends a staff user's sessions at once on this app instance when an admin disables them or they log out: open
/// circuits hear <see cref="Ended"/> and drop to anonymous, and (disabling) a cookie issued before the end is
/// refused on the next request. The security stamp (changed too) is the durable check on every node
/// (<see cref="StaffSessionCheck"/>); circuits on other nodes notice it at their next revalidation, within a minute.
/// </summary>
public sealed class StaffSessions(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> endedAt = new();

    public event Action<string>? Ended;

    public void End(string userId)
    {
        endedAt[userId] = time.GetUtcNow();
        Ended?.Invoke(userId);
    }

    /// <summary>Signs the user's open pages out, without refusing later sign-ins (a logout; the new security stamp
    /// already refuses the old cookie).</summary>
    public void EndCircuits(string userId) => Ended?.Invoke(userId);

    /// <summary>Forgets the end when the user is enabled again. Cookie times have whole seconds only, so a sign-in
    /// in the same second as the end could not be told apart from an older one otherwise.</summary>
    public void Resume(string userId) => endedAt.TryRemove(userId, out _);

    /// <summary>Whether a sign-in issued at <paramref name="issuedUtc"/> predates an ended session of this user.</summary>
    public bool WasEnded(string? userId, DateTimeOffset? issuedUtc) =>
        userId is not null && endedAt.TryGetValue(userId, out var at) && (issuedUtc is null || issuedUtc <= at);
}
