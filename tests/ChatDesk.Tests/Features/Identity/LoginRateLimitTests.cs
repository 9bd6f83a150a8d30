using System.Net;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>Abuse:LoginPerMinute sign-in attempts per client; the next one is refused with a message, not a bare 429.</summary>
[Collection(AppHostCollection.Name)]
public sealed class LoginRateLimitTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public LoginRateLimitTests() => factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Abuse:LoginPerMinute"] = "3" });

    [Fact]
    public async Task AttemptsBeyondTheLimitAreRefusedOnTheSignInPage()
    {
        var browser = new StaffBrowser(factory);
        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Equal(HttpStatusCode.OK, (await browser.PostLoginAsync("agent1", "wrong-" + attempt)).StatusCode);

        var refused = await browser.PostLoginAsync("agent1", StaffSignIn.Password);

        Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
        Assert.Null(browser.StaffCookie);
        var page = await browser.Client.GetStringAsync(refused.Headers.Location!.OriginalString);
        Assert.Equal("Too many sign-in attempts from your network. Wait a minute and try again.", StaffBrowser.Alert(page));
        Assert.Contains("value=\"agent1\"", page);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
