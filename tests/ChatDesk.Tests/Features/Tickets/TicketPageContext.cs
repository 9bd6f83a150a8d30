using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Tickets;

/// <summary>bUnit context for the ticket pages: the real desk over <see cref="TicketWorld"/>, signed in as Anna.</summary>
public abstract class TicketPageContext : ComponentTestContext
{
    protected TicketPageContext()
    {
        Services.AddSingleton(World.Desk);
        SignInAs(TicketWorld.Anna);
    }

    protected TicketWorld World { get; } = new();

    private void SignInAs(string userId)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userId);
        auth.SetRoles(StaffRoles.Agent);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }

    /// <summary>The browser reports this zone, as chat.js does in the app.</summary>
    protected void BrowserZone(string zoneId) => JSInterop.SetupModule("./js/chat.js").Setup<string?>("timeZone").SetResult(zoneId);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) World.Dispose();
    }
}
