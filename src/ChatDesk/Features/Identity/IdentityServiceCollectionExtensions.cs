using System.Security.Claims;
using ChatDesk.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Identity;

internal static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskIdentity(this IServiceCollection services)
    {
        services.AddSingleton<StaffSessions>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StaffRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".ChatDesk.Staff";
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            // The stamp check (below) is the durable one; StaffSessions refuses a disabled user's cookie at once.
            o.Events.OnValidatePrincipal = async context =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
                if (context.Principal is { } user &&
                    sessions.WasEnded(user.FindFirstValue(ClaimTypes.NameIdentifier), context.Properties.IssuedUtc))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });
        services.AddAuthorization();
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ChatDeskDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // A disabled or changed user loses access within a minute, not at cookie expiry.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }
}
