using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Agents;

public sealed class WorkspaceComponentTests : ComponentTestContext
{
    // A fixed clock: the waited time is read from TimeProvider, so a busy machine cannot turn 75 s into 82 s.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public WorkspaceComponentTests() => Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    [Fact]
    public void AnEmptyQueueSaysSoAndDisablesGetNext()
    {
        var panel = Render<QueuePanel>(p => p.Add(q => q.Waiting, []));

        Assert.Contains("No customers are waiting.", panel.Markup);
        Assert.Equal("0", panel.Find("[data-testid=queue-count]").TextContent.Trim());
        Assert.True(panel.FindAll("button").Single(b => b.TextContent.Contains("Get next")).HasAttribute("disabled"));
    }

    [Fact]
    public void TheQueueListsEachWaitingChatWithItsQuestionAndWaitAndAcceptsIt()
    {
        QueuedChat? accepted = null;
        var waiting = new QueuedChat(7, 1, "Nordhem Support", "Åsa", "Where is <b>my</b> order?", Now.AddSeconds(-75));

        var panel = Render<QueuePanel>(p => p.Add(q => q.Waiting, [waiting]).Add(q => q.OnAccept, chat => accepted = chat));

        Assert.Equal("Where is <b>my</b> order?", panel.Find(".queue-question").TextContent);
        Assert.Equal("1 min 15 s", panel.Find(".waited").TextContent);
        panel.Find("button[aria-label='Accept chat from Åsa']").Click();
        Assert.Equal(7, accepted!.SessionId);
    }

    [Fact]
    public void TheChatListShowsUnreadCountsExceptForTheOpenChat()
    {
        var chats = new[]
        {
            new AgentChat(1, 1, "Support", "One", SessionStatus.Active, "Hello?", 2),
            new AgentChat(2, 1, "Support", "Two", SessionStatus.Active, "Thanks", 3),
        };
        long? selected = null;

        var list = Render<ChatListPanel>(p => p.Add(c => c.Title, "My chats").Add(c => c.Chats, chats).Add(c => c.Selected, 2L)
            .Add(c => c.OnSelect, id => selected = id));

        Assert.Single(list.FindAll(".unread-badge"));
        Assert.Equal("2 unread", list.Find(".unread-badge").GetAttribute("aria-label"));
        Assert.Equal("true", list.FindAll("button")[1].GetAttribute("aria-current"));
        list.FindAll("button")[0].Click();
        Assert.Equal(1, selected);
    }

    [Fact]
    public void ATransferRequestOffersAcceptAndReject()
    {
        TransferOffer? rejected = null;
        var offer = new TransferOffer { SessionId = 5, FromAgentId = "a", FromName = "Anna Svensson", ToAgentId = "b", CustomerName = "Kim", At = Now };

        var requests = Render<TransferRequests>(p => p.Add(t => t.Offers, [offer]).Add(t => t.OnReject, o => rejected = o));

        Assert.Contains("Anna Svensson wants to transfer the chat with", requests.Markup);
        requests.Find("button[aria-label='Reject transfer of Kim']").Click();
        Assert.Same(offer, rejected);
        Assert.Empty(Render<TransferRequests>(p => p.Add(t => t.Offers, [])).Markup.Trim());
    }
}
