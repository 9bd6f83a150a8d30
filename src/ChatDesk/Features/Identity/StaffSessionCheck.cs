using System.Security.Claims;
using ChatDesk.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Identity;

/// <summary>
/// Whether a sign-in (cookie or open page) still belongs to a live session: the user exists, is not disabled and
/// still has the security stamp the sign-in was issued with. Logging out, disabling, a new password or new roles
/// change the stamp, so every sign-in made before is refused from the next request on, on every app node.
/// </summary>
/// <remarks>Runs on every authenticated request instead of Identity's SecurityStampValidator with
/// ValidationInterval = 0: that would load the user, roles and claims (three or more queries) and re-issue the
/// cookie on every request, static files included. This is one primary-key read of two columns.</remarks>
public sealed class StaffSessionCheck(IDbContextFactory<ChatDeskDbContext> contexts, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var claims = identity.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null) return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.Disabled }).FirstOrDefaultAsync(ct);
        return current is { Disabled: false } && current.SecurityStamp == stamp;
    }
}
