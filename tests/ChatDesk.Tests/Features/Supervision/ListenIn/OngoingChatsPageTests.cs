using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.ListenIn;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatDesk.Tests.Features.Supervision.ListenIn.ListenInWorld;

namespace ChatDesk.Tests.Features.Supervision.ListenIn;

public sealed class OngoingChatsPageTests : ComponentTestContext
{
    private readonly ListenInWorld world = new();

    public OngoingChatsPageTests()
    {
        Services.AddSingleton(world.Desk);
        Services.AddSingleton<IChatEvents>(world.Events);
        Services.AddSingleton<TimeProvider>(world.Time);
    }

    private IRenderedComponent<OngoingChatsPage> Show(string userId, string language = "en")
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userId);
        auth.SetRoles(StaffRoles.Supervisor);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        return Render<OngoingChatsPage>(p => p.AddCascadingValue(StaffText.For(language)));
    }

    [Fact]
    public async Task EachOngoingChatHasItsFactsAndANamedListenInLink()
    {
        var active = await world.ChatAsync("Åsa");
        var queued = await world.ChatAsync("Bo", answered: false);
        world.Time.Advance(TimeSpan.FromSeconds(75));

        var page = Show(Lisa);

        var rows = page.FindAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["Åsa", "support", "Active", "Anna Svensson", "1 min 15 s", "Listen in"], rows[0]);
        Assert.Equal(["Bo", "support", "Waiting", "Not answered yet", "1 min 15 s", "Listen in"], rows[1]);
        var links = page.FindAll("tbody a");
        Assert.Equal(["Listen in on the chat with Åsa", "Listen in on the chat with Bo"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal([$"/supervisor/chats/{active}", $"/supervisor/chats/{queued}"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AUserWhoMayListenInNowhereSeesNoChatAndSaysSoInSwedish()
    {
        await world.ChatAsync("Åsa");

        var page = Show(Nils, "sv");

        Assert.Empty(page.FindAll("tbody tr"));
        Assert.DoesNotContain("Åsa", page.Markup);
        Assert.Equal("Ingen chatt pågår i de kanaler där du får lyssna.", page.Find("[data-testid=no-ongoing-chats]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) world.Dispose();
    }
}
