using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ChatDesk.Tests.Features.Agents;

/// <summary>One open chat as its agent sees it, over the real services and SQLite.</summary>
public sealed class AgentConversationTests : ComponentTestContext
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();

    public AgentConversationTests() => world.AddTo(Services);

    private IRenderedComponent<AgentConversation> Show(long chat, string agentId = "anna") =>
        Render<AgentConversation>(p => p.AddCascadingValue(StaffText.For("en")).Add(c => c.SessionId, chat).Add(c => c.AgentId, agentId));

    /// <summary>The Task menu's items and whether each is enabled.</summary>
    private Dictionary<string, bool> TaskMenu(IRenderedComponent<AgentConversation> conversation, IRenderedComponent<MudPopoverProvider> popovers)
    {
        conversation.Find("button[aria-label='Task menu']").Click();
        // The popover renders its items in a later batch (slower on the first, cold render).
        popovers.WaitForElement(".mud-menu-item");
        return popovers.FindAll(".mud-menu-item").ToDictionary(i => i.TextContent.Trim(), i => !i.ClassList.Contains("mud-disabled")
            && !i.HasAttribute("disabled") && i.GetAttribute("aria-disabled") != "true");
    }

    [Fact]
    public async Task AnActiveOwnChatListsItsMessagesAndOffersTheComposer()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        await world.SayAsync(chat, "Are you there?");
        var popovers = Render<MudPopoverProvider>();

        var conversation = Show(chat);

        var log = conversation.Find("[role=log]").TextContent;
        Assert.Contains("Where is my order?", log);
        Assert.Contains("Are you there?", log);
        Assert.NotNull(conversation.Find("textarea"));
        var menu = TaskMenu(conversation, popovers);
        Assert.True(menu["End chat"] && menu["Transfer"] && menu["Create ticket"] && menu["Send transcript"]);
        Assert.False(menu["Close window"]);
    }

    [Fact]
    public async Task SomeoneElsesChatShowsOnlyThatItIsNotYours()
    {
        var chat = await world.ActiveChatAsync("bo", "Kim");

        var conversation = Show(chat);

        Assert.Equal("This chat is not yours, or it does not exist.", conversation.Find("[role=alert]").TextContent.Trim());
        Assert.DoesNotContain("Where is my order?", conversation.Markup);
    }

    [Theory]
    [InlineData(EndReason.CustomerLeft, "The customer left the chat.")]
    [InlineData(EndReason.Agent, "You ended the chat.")]
    public async Task AnEndedChatSaysWhyAndHasNoComposer(EndReason reason, string text)
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        await world.Get<ConversationService>().EndAsync(chat, reason, None);
        var popovers = Render<MudPopoverProvider>();

        var conversation = Show(chat);

        Assert.Contains(text, conversation.FindAll("[role=status]").Select(s => s.TextContent.Trim()));
        // The internal note box stays: notes can be added after the end.
        Assert.Empty(conversation.FindAll("textarea:not([id^=note-])"));
        var menu = TaskMenu(conversation, popovers);
        Assert.False(menu["End chat"] || menu["Transfer"]);
        Assert.True(menu["Close window"] && menu["Create ticket"]);
    }

    [Fact]
    public async Task AHandedOverChatIsReadOnlyWithOnlyCloseWindowEnabled()
    {
        await Services.GetRequiredService<AgentPresence>().ConnectAsync("bo", Presence.Present, None);
        var desk = Services.GetRequiredService<AgentDesk>();
        var chat = await world.ActiveChatAsync("anna", "Kim");
        Assert.True(await desk.OfferTransferAsync("anna", chat, "bo", None));
        Assert.True(await desk.AcceptTransferAsync("bo", chat, None));
        var popovers = Render<MudPopoverProvider>();

        var conversation = Show(chat);

        Assert.Contains("This chat has moved to another agent. It stays here, read-only, until you close it.",
            conversation.FindAll("[role=status]").Select(s => s.TextContent.Trim()));
        Assert.Empty(conversation.FindAll("textarea:not([id^=note-])"));
        var menu = TaskMenu(conversation, popovers);
        Assert.Equal(["Close window"], menu.Where(m => m.Value).Select(m => m.Key));
    }
}
