using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.ListenIn;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatDesk.Tests.Features.Supervision.ListenIn.ListenInWorld;

namespace ChatDesk.Tests.Features.Supervision.ListenIn;

/// <summary>The listen-in page shows what the desk allows and nothing more.</summary>
public sealed class ListenInPageTests : ComponentTestContext
{
    private readonly ListenInWorld world = new();

    public ListenInPageTests()
    {
        Services.AddSingleton(world.Desk);
        Services.AddSingleton<IChatEvents>(world.Events);
        Services.AddSingleton(world.Presence);
        Services.AddSingleton(new ChatDesk.Features.History.ChatNotes(world.Database, world.Events, world.Time));
    }

    private IRenderedComponent<ListenInPage> Show(string userId, long chat)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userId);
        auth.SetRoles(StaffRoles.Supervisor);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        return Render<ListenInPage>(p => p.AddCascadingValue(StaffText.For("en")).Add(c => c.SessionId, chat));
    }

    [Fact]
    public async Task AUserWhoMayNotListenInSeesThatTheChatIsNotAvailableAndNothingOfIt()
    {
        var chat = await world.ChatAsync();

        var page = Show(Nils, chat);

        Assert.Equal("Chat not available", page.Find("h1").TextContent);
        Assert.Equal("This chat is not available: it does not exist, or you may not listen in on its channel.",
            page.Find("[data-testid=chat-not-available]").TextContent);
        Assert.DoesNotContain("Kim", page.Markup);
        Assert.DoesNotContain("Secret", page.Markup);
        Assert.DoesNotContain("Anna", page.Markup);
        Assert.Empty(page.FindAll("[role=log]"));
        Assert.Empty(page.FindAll("textarea"));
        Assert.Empty(page.FindAll("button"));
    }

    [Fact]
    public async Task AListenerSeesTheConversationReadOnlyWithoutManagerActions()
    {
        var chat = await world.ChatAsync();

        var page = Show(Lisa, chat);

        Assert.Equal("Chat with Kim", page.Find("h1").TextContent);
        Assert.Contains("Secret question", page.Find("[role=log]").TextContent);
        Assert.Equal("Messages with Kim", page.Find("[role=log]").GetAttribute("aria-label"));
        Assert.Contains("You are listening in. Neither the agent nor the customer is told.", page.Markup);
        Assert.Equal(["Channel", "support", "Status", "Active", "Agent", "Anna Svensson"],
            page.FindAll("[data-testid=listen-facts] > *").Select(e => e.TextContent));
        Assert.Empty(page.FindAll("textarea"));
        Assert.Empty(page.FindAll("button"));
    }

    [Fact]
    public async Task AManagerWhoTakesOverGetsAComposerAndTheCustomerSeesTheirName()
    {
        var chat = await world.ChatAsync();
        await world.Presence.ConnectAsync(Oskar, Presence.Present, CancellationToken.None);
        var page = Show(Erik, chat);
        Assert.Empty(page.FindAll("textarea"));
        Assert.Equal("Oskar Berg", page.Find("#transfer-target option").TextContent);

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Take over").Click();

        page.WaitForAssertion(() => Assert.Equal("You took over the chat.", page.Find("[role=status]").TextContent));
        Assert.Equal("Reply", page.Find("label[for=manager-message]").TextContent);
        Assert.Contains("Erik Sandberg took over the chat from Anna Svensson", page.Find("[role=log]").TextContent);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Take over");
        Assert.Equal("Erik", (await world.SessionAsync(chat)).AgentDisplayName);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) world.Dispose();
    }
}
