using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Data.Seeding;

internal sealed class DemoStaff(UserManager<StaffUser> users)
{
    public static readonly string[] UserNames = ["admin", "supervisor", "agent1", "agent2"];

    /// <summary>Creates the demo accounts; returns them by user name.</summary>
    public async Task<IReadOnlyDictionary<string, StaffUser>> CreateAsync(string password, CancellationToken cancellationToken)
    {
        var created = new Dictionary<string, StaffUser>();
        foreach (var (userName, displayName, nickname, role) in new[]
        {
            ("admin", "Maja Lindberg", "Maja", StaffRoles.Admin),
            ("supervisor", "Erik Sandberg", "Erik", StaffRoles.Supervisor),
            ("agent1", "Anna Svensson", "Anna S", StaffRoles.Agent),
            ("agent2", "Oskar Berg", "Oskar", StaffRoles.Agent),
        })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = new StaffUser
            {
                UserName = userName, Email = $"{userName}@nordhem.example", EmailConfirmed = true,
                DisplayName = displayName, Nickname = nickname,
            };
            RoleSeeder.Check(await users.CreateAsync(user, password));
            RoleSeeder.Check(await users.AddToRoleAsync(user, role));
            created[userName] = user;
        }
        return created;
    }
}
