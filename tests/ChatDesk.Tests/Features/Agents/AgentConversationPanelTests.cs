using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using MudBlazor;

namespace ChatDesk.Tests.Features.Agents;

/// <summary>The side sheets over a conversation: one at a time, and the reply search starts empty each time.</summary>
public sealed class AgentConversationPanelTests : ComponentTestContext
{
    private readonly AgentWorld world = new();

    public AgentConversationPanelTests() => world.AddTo(Services);

    private IRenderedComponent<AgentConversation> Show(long chat) =>
        Render<AgentConversation>(p => p.AddCascadingValue(StaffText.For("en")).Add(c => c.SessionId, chat).Add(c => c.AgentId, "anna"));

    [Fact]
    public async Task TheInsertSheetForgetsTheLastSearch()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var conversation = Show(chat);

        conversation.Find("button[aria-controls=insert-panel]").Click();
        conversation.WaitForElement("#insert-panel input").Input("password");
        conversation.WaitForAssertion(() => Assert.Equal("password", conversation.Find("#insert-panel input").GetAttribute("value")));
        conversation.Find("#insert-panel button[aria-label='Close panel']").Click();
        Assert.Empty(conversation.FindAll("#insert-panel"));

        conversation.Find("button[aria-controls=insert-panel]").Click();
        Assert.True(string.IsNullOrEmpty(conversation.WaitForElement("#insert-panel input").GetAttribute("value")));
    }

    [Fact]
    public async Task OpeningTheTicketSheetClosesTheInsertSheet()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var popovers = Render<MudPopoverProvider>();
        var conversation = Show(chat);
        conversation.Find("button[aria-controls=insert-panel]").Click();

        conversation.WaitForElement("#insert-panel");
        conversation.Find("button[aria-label='Task menu']").Click();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-menu-item"), i => i.TextContent.Trim() == "Create ticket"));
        popovers.FindAll(".mud-menu-item").Single(i => i.TextContent.Trim() == "Create ticket").Click();

        conversation.WaitForAssertion(() => Assert.Equal("Create a ticket", conversation.Find("#ticket-panel h2").TextContent));
        Assert.Empty(conversation.FindAll("#insert-panel"));
    }
}
