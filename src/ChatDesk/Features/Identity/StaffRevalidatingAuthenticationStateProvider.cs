using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace ChatDesk.Features.Identity;

/// <summary>Re-checks a live circuit's user every minute, so an open page ends too when its session does (cookies
/// alone are only checked on the next HTTP request): after a logout on any device, when the account is disabled or
/// its password or roles changed (<see cref="StaffSessionCheck"/>), and after <see cref="StaffSessionOptions.IdleMinutes"/>
/// without interaction (<see cref="StaffActivity"/>). When a user logs out or is disabled on any app node,
/// <see cref="StaffSessions"/> signs their circuits out at once (through the event bus) instead of at the next check.</summary>
internal sealed class StaffRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly StaffSessionCheck check;
    private readonly StaffActivity activity;
    private readonly StaffSessions sessions;
    private readonly Lock gate = new();
    private IDisposable? endSubscription;
    private string? listeningFor;
    private bool disposed;

    public StaffRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory, StaffSessionCheck check, StaffActivity activity, StaffSessions sessions)
        : base(loggerFactory)
    {
        this.check = check;
        this.activity = activity;
        this.sessions = sessions;
        AuthenticationStateChanged += ListenForEnd;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    // The circuit's user is known once its state is set: listen for the end of that user's sessions only.
    private async void ListenForEnd(Task<AuthenticationState> stateTask)
    {
        try
        {
            var userId = (await stateTask).User.FindFirstValue(ClaimTypes.NameIdentifier);
            lock (gate)
            {
                if (disposed || userId == listeningFor) return;
                endSubscription?.Dispose();
                listeningFor = userId;
                endSubscription = userId is null ? null : sessions.OnEnded(userId, () => OnSessionEndedAsync(userId));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            // The circuit is already gone.
        }
    }

    // A user signed out or disabled on any node: their open pages end now, not at the next revalidation.
    private async Task OnSessionEndedAsync(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) != userId) return;
            activity.SignedOut();
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            // The circuit is still starting or already gone; the regular revalidation covers the first case.
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AuthenticationStateChanged -= ListenForEnd;
            lock (gate)
            {
                disposed = true;
                endSubscription?.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    protected override Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState.User, cancellationToken);

    /// <summary>False once the page has been idle too long or the user's session ended (logout, disabled, new stamp).</summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal user, CancellationToken ct) =>
        !activity.IsIdle() && await check.IsCurrentAsync(user, ct);
}
