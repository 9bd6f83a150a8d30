using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Identity;

/// <summary>
/// When the user of one staff circuit last did something: the page reports clicks, key presses and wheel turns
/// (at most once a minute, staff-activity.js); pushes the page merely receives (new chats, messages) are not
/// activity. <see cref="StaffRevalidatingAuthenticationStateProvider"/> signs the circuit out once it has been idle
/// for <see cref="StaffSessionOptions.IdleMinutes"/>, whether or not the agent is Present: an unattended workspace
/// must not stay signed in, and an agent away from the desk should not be offered chats anyway.
/// </summary>
public sealed class StaffActivity
{
    private readonly TimeProvider time;
    private readonly TimeSpan limit;
    // Ticks, so the circuit (reports) and the revalidation loop (checks) can share it without a lock.
    private long lastInteraction;
    private volatile bool endedForIdleness;

    public StaffActivity(TimeProvider time, IOptions<StaffSessionOptions> options)
    {
        this.time = time;
        limit = options.Value.IdleLimit;
        // The circuit starts with a page load, which the user asked for.
        lastInteraction = time.GetUtcNow().UtcTicks;
    }

    /// <summary>Whether this circuit was signed out for having been idle (the sign-in page then says so).</summary>
    public bool EndedForIdleness => endedForIdleness;

    /// <summary>Whether this circuit was signed out because its user logged out (in this or another tab) or was
    /// disabled; the sign-in page then says "signed out", whichever tab's navigation wins.</summary>
    public bool EndedBySignOut { get; private set; }

    public void SignedOut() => EndedBySignOut = true;

    [JSInvokable]
    public void Interacted() => Interlocked.Exchange(ref lastInteraction, time.GetUtcNow().UtcTicks);

    /// <summary>True once the user has done nothing for the idle limit; from then on the circuit stays ended.</summary>
    public bool IsIdle()
    {
        var idleFor = time.GetUtcNow().UtcTicks - Interlocked.Read(ref lastInteraction);
        if (idleFor >= limit.Ticks) endedForIdleness = true;
        return endedForIdleness;
    }
}
