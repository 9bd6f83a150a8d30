using System.Net;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>Logout needs the form's antiforgery token, and it ends the session on the server, not only in the browser.</summary>
[Collection(AppHostCollection.Name)]
public sealed class StaffLogoutTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public StaffLogoutTests() => factory = new ChatDeskFactory(database);

    [Fact]
    public async Task ACrossSiteFormWithoutTheTokenCannotSignStaffOut()
    {
        var agent = await StaffBrowser.SignedInAsync(factory, "agent1");
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/account/logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>()),
        };
        forged.Headers.Add("Origin", "http://attacker.example");

        var response = await agent.Client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("you are still signed in", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await agent.Client.GetAsync("/agent")).StatusCode);
    }

    [Fact]
    public async Task ATokenFromAnotherUsersPageDoesNotSignOut()
    {
        var agent = await StaffBrowser.SignedInAsync(factory, "agent1");
        var other = await StaffBrowser.SignedInAsync(factory, "agent2");
        var othersToken = await other.TokenFromAsync("/agent");

        var response = await agent.Client.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = othersToken }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.Client.GetAsync("/agent")).StatusCode);
    }

    [Fact]
    public async Task ACookieCapturedBeforeLogoutIsRefusedAfterIt()
    {
        var agent = await StaffBrowser.SignedInAsync(factory, "agent1");
        var captured = agent.StaffCookie!;
        var thief = new StaffBrowser(factory);
        thief.Jar.Add(StaffBrowser.Site, new Cookie(StaffCookie.Name, captured));
        Assert.Equal(HttpStatusCode.OK, (await thief.Client.GetAsync("/agent")).StatusCode);

        var logout = await agent.Client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await agent.TokenFromAsync("/agent"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/account/login?loggedOut=1", logout.Headers.Location!.OriginalString);
        var refused = await thief.Client.GetAsync("/agent");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task LogoutEndsTheUsersOpenPagesAndTheyCanSignInAgainAtOnce()
    {
        var agent = await StaffBrowser.SignedInAsync(factory, "agent1");
        var ended = new List<string>();
        using var listening = factory.Services.GetRequiredService<IChatEvents>().SubscribeChannels(e =>
        {
            if (e is StaffSessionEnded end) ended.Add(end.UserId);
            return Task.CompletedTask;
        });

        await agent.Client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await agent.TokenFromAsync("/agent"),
        }));

        Assert.Single(ended);
        var again = await StaffBrowser.SignedInAsync(factory, "agent1");
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/agent")).StatusCode);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
