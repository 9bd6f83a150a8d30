using System.Net;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>Identity:IdleMinutes ends a session nobody uses: the cookie after the last request that renewed it, an open
/// page after the last click or key press.</summary>
[Collection(AppHostCollection.Name)]
public sealed class IdleExpiryTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly WebApplicationFactory<Program> factory;
    private readonly ChatDeskFactory baseFactory;

    public IdleExpiryTests()
    {
        baseFactory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Identity:IdleMinutes"] = "30" });
        factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
    }

    [Fact]
    public async Task AnIdleCookieLandsOnTheSignInPageWithANote()
    {
        var agent = await StaffBrowser.SignedInAsync(factory, "agent1");

        time.Advance(TimeSpan.FromMinutes(31));
        var refused = await agent.Client.GetAsync("/agent");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var location = refused.Headers.Location!.OriginalString;
        Assert.Contains("/account/login", location);
        Assert.Contains("idle=1", location);
        var page = await agent.Client.GetStringAsync(location);
        Assert.Contains("You were signed out after 30 minutes of inactivity.", page);
    }

    [Fact]
    public async Task ThePagesActivityPingKeepsTheCookieAlive()
    {
        var agent = await StaffBrowser.SignedInAsync(factory, "agent1");

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.NoContent, (await agent.Client.PostAsync(StaffCookie.KeepAlivePath, null)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(25));

        // 35 minutes after signing in, 25 after the last activity.
        Assert.Equal(HttpStatusCode.OK, (await agent.Client.GetAsync("/agent")).StatusCode);
    }

    [Fact]
    public async Task AnOpenPageWithoutInteractionEndsAfterTheIdleLimit()
    {
        var activity = new StaffActivity(time, Options.Create(new StaffSessionOptions { IdleMinutes = 30 }));
        var user = await PrincipalAsync("agent1");
        using var circuit = CircuitOf(activity);

        time.Advance(TimeSpan.FromMinutes(29));
        activity.Interacted();
        time.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await circuit.IsStillValidAsync(user, CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await circuit.IsStillValidAsync(user, CancellationToken.None));
        Assert.True(activity.EndedForIdleness);
        activity.Interacted();
        Assert.False(await circuit.IsStillValidAsync(user, CancellationToken.None));
    }

    [Fact]
    public async Task AnOpenPageEndsWhenItsUserLoggedOutElsewhere()
    {
        var activity = new StaffActivity(time, Options.Create(new StaffSessionOptions()));
        var user = await PrincipalAsync("agent1");
        using var circuit = CircuitOf(activity);
        Assert.True(await circuit.IsStillValidAsync(user, CancellationToken.None));

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync("agent1"))!);
        }

        Assert.False(await circuit.IsStillValidAsync(user, CancellationToken.None));
        Assert.False(activity.EndedForIdleness);
    }

    /// <summary>The revalidating state provider an interactive staff page would have, over this app's services.</summary>
    private StaffRevalidatingAuthenticationStateProvider CircuitOf(StaffActivity activity) => new(
        factory.Services.GetRequiredService<ILoggerFactory>(), factory.Services.GetRequiredService<StaffSessionCheck>(),
        activity, factory.Services.GetRequiredService<StaffSessions>());

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var factoryOfPrincipals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        return await factoryOfPrincipals.CreateAsync((await users.FindByNameAsync(userName))!);
    }

    public void Dispose()
    {
        factory.Dispose();
        baseFactory.Dispose();
        database.Dispose();
    }
}
