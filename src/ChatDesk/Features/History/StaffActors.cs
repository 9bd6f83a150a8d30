using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChatDesk.Features.History;

internal static class StaffActors
{
    /// <summary>The signed-in staff member; nobody (who may read nothing) where no sign-in is cascaded.</summary>
    public static async Task<StaffActor> FromAsync(Task<AuthenticationState>? auth) =>
        auth is null ? StaffActor.Nobody : StaffActor.From((await auth).User);
}
