using System.Net;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Admin.Staff;

/// <summary>A disabled user's existing cookie stops working on the next request, not at the next stamp check.</summary>
[Collection(AppHostCollection.Name)]
public sealed class StaffSessionEndTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public StaffSessionEndTests() => factory = new ChatDeskFactory(database);

    [Fact]
    public async Task DisablingAUserRefusesTheirCookieAtOnceAndEnablingLetsThemSignInAgain()
    {
        var agent = await StaffSignIn.ClientForAsync(factory, "agent1");
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/agent")).StatusCode);
        var (admin, agentId) = await AdminAndUserAsync("agent1");
        var staff = factory.Services.GetRequiredService<StaffAdmin>();

        await staff.SetDisabledAsync(admin, agentId, true, CancellationToken.None);

        var refused = await agent.GetAsync("/agent");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location!.PathAndQuery);

        await staff.SetDisabledAsync(admin, agentId, false, CancellationToken.None);
        var again = await StaffSignIn.ClientForAsync(factory, "agent1");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/agent")).StatusCode);
    }

    private async Task<(StaffActor Admin, string UserId)> AdminAndUserAsync(string userName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var admin = (await users.FindByNameAsync("admin"))!;
        return (new StaffActor(admin.Id, "admin", new HashSet<string> { StaffRoles.Admin }), (await users.FindByNameAsync(userName))!.Id);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
