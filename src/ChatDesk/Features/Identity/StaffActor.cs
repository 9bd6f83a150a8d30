using System.Security.Claims;

namespace ChatDesk.Features.Identity;

/// <summary>
/// Who is doing a staff action. Services take one and check the role themselves, so a page's
/// [Authorize] attribute is never the only guard (an action reached by another route is still refused).
/// </summary>
public sealed record StaffActor(string UserId, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>The command line (config import/export) runs as the operator of the machine.</summary>
    /// <summary>A page's actor until its sign-in is read: may do nothing.</summary>
    public static readonly StaffActor Nobody = new("", "", new HashSet<string>());

    public static readonly StaffActor CommandLine = new("", "command line", new HashSet<string> { StaffRoles.Admin });

    public bool IsAdmin => Roles.Contains(StaffRoles.Admin);

    public bool IsSupervisor => IsAdmin || Roles.Contains(StaffRoles.Supervisor);

    public static StaffActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    public void DemandAdmin()
    {
        if (!IsAdmin)
            throw new UnauthorizedAccessException($"{Name} is not an administrator.");
    }

    public void DemandSupervisor()
    {
        if (!IsSupervisor)
            throw new UnauthorizedAccessException($"{Name} is not a supervisor.");
    }
}
