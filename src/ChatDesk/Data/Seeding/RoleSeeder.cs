using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Data.Seeding;

/// <summary>The three staff roles exist in every database, demo or not.</summary>
internal sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
