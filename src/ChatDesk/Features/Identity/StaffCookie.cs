using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Identity;

/// <summary>The staff sign-in cookie and the antiforgery cookie: flags, idle expiry and the per-request session check.</summary>
internal static class StaffCookie
{
    public const string Name = ".ChatDesk.Staff";
    public const string KeepAlivePath = "/account/keepalive";

    public static IServiceCollection AddStaffCookies(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment, IOptions<StaffSessionOptions>, TimeProvider>((o, environment, sessions, time) =>
            {
                o.TimeProvider = time;
                o.Cookie.Name = Name;
                Harden(o.Cookie, environment);
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/access-denied";
                // Idle expiry: the cookie lives IdleMinutes past the last request that renewed it (see below).
                o.ExpireTimeSpan = sessions.Value.IdleLimit;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateAsync;
                o.Events.OnCheckSlidingExpiration = CheckSliding;
                var redirect = o.Events.OnRedirectToLogin;
                o.Events.OnRedirectToLogin = context =>
                {
                    if (HadExpiredCookie(context)) context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, "idle", "1");
                    return redirect(context);
                };
            });
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((o, environment) => Harden(o.Cookie, environment));
        return services;
    }

    /// <summary>HttpOnly and SameSite=Lax everywhere; Secure always in Production (behind a TLS proxy too, with the
    /// forwarded headers), only on https elsewhere so the http test harness and `dotnet run` keep working.</summary>
    private static void Harden(CookieBuilder cookie, IHostEnvironment environment)
    {
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = SecureOnly(environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    }

    /// <summary>Whether the staff and antiforgery cookies are sent over HTTPS only (else only on https requests).</summary>
    public static bool SecureOnly(IHostEnvironment environment) => environment.IsProduction();

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var ended = services.GetRequiredService<StaffSessions>()
            .WasEnded(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), context.Properties.IssuedUtc);
        if (!ended && context.Principal is { } user &&
            await services.GetRequiredService<StaffSessionCheck>().IsCurrentAsync(user, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>A page's own activity ping renews the cookie every time, so it ends IdleMinutes after the user's
    /// last interaction, as the open page does. Blazor's connection traffic (reconnects) is not the user's doing
    /// and never renews it; other requests renew once half the time has passed, as usual.</summary>
    private static Task CheckSliding(CookieSlidingExpirationContext context)
    {
        var path = context.HttpContext.Request.Path;
        if (path.StartsWithSegments("/_blazor")) context.ShouldRenew = false;
        else if (path.StartsWithSegments(KeepAlivePath)) context.ShouldRenew = true;
        return Task.CompletedTask;
    }

    /// <summary>Whether the request carried a staff cookie that ran out (idle), rather than none at all.</summary>
    private static bool HadExpiredCookie(RedirectContext<CookieAuthenticationOptions> context)
    {
        var options = context.Options;
        var value = options.CookieManager.GetRequestCookie(context.HttpContext, options.Cookie.Name!);
        if (string.IsNullOrEmpty(value)) return false;
        var expires = options.TicketDataFormat.Unprotect(value)?.Properties.ExpiresUtc;
        return expires is { } at && at <= (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
    }
}
