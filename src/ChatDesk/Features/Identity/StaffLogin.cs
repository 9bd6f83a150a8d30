using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Identity;

/// <summary>
/// Password sign-in that tells an outsider nothing: an unknown user name, a disabled or locked account and a wrong
/// password all get the same "no", and each costs one password hash check (a made-up hash for unknown names), so
/// the answer time does not tell them apart either. The reason is only written to the server log.
/// </summary>
public sealed class StaffLogin(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, ILogger<StaffLogin> logger)
{
    // Made once with the app's own hasher, so verifying against it costs what verifying a real password costs.
    private static string? decoyHash;

    /// <summary>The signed-in user (the cookie is issued), or null when refused for whatever reason.</summary>
    public async Task<StaffUser?> SignInAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            var hasher = users.PasswordHasher;
            decoyHash ??= hasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new StaffUser(), decoyHash, password);
            return Refused(userName, "unknown user");
        }
        // The lock is read before the password is checked, and the password checked even when locked or disabled.
        var locked = await users.IsLockedOutAsync(user);
        if (!await users.CheckPasswordAsync(user, password))
        {
            // Five wrong passwords in a row lock the account (IdentityOptions.Lockout).
            if (!locked) await users.AccessFailedAsync(user);
            return Refused(userName, "wrong password");
        }
        if (locked) return Refused(userName, "locked out");
        if (user.Disabled) return Refused(userName, "disabled");
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("{User} signed in.", user.UserName);
        return user;
    }

    /// <summary>Where a user goes after signing in: a local return address, else their own area.</summary>
    public async Task<string> LandingAsync(StaffUser user, string? returnUrl)
    {
        if (!string.IsNullOrEmpty(returnUrl) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//"))
            return returnUrl;
        var roles = await users.GetRolesAsync(user);
        return roles.Contains(StaffRoles.Admin) ? "/admin"
            : roles.Contains(StaffRoles.Supervisor) ? "/supervisor"
            : "/agent";
    }

    private StaffUser? Refused(string userName, string reason)
    {
        logger.LogInformation("Sign-in refused for {User}: {Reason}.", userName, reason);
        return null;
    }
}
