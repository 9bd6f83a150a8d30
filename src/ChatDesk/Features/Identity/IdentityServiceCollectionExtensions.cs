using ChatDesk.Data;
using ChatDesk.Hosting;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Identity;

internal static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StaffSessionOptions, StaffSessionOptionsValidator>(configuration, StaffSessionOptions.Section);
        services.AddValidatedOptions<LoginLimitOptions, LoginLimitOptionsValidator>(configuration, LoginLimitOptions.Section);
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<StaffSessionCheck>();
        services.AddScoped<StaffActivity>();
        services.AddScoped<StaffLogin>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StaffRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        // After AddIdentityCookies: replaces its defaults (among them the once-a-minute security stamp validator).
        services.AddStaffCookies();
        services.AddLoginRateLimit();
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
        return services;
    }
}
