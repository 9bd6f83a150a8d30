using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: each view that receives a message costs at most one database round trip for it: the event
/// carries the message, or the view loads only what is after its last sequence. Read marks stay local.</summary>
public sealed class ReceivingViewRoundTripTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly StaffText T = StaffText.For("en");
    private readonly AgentWorld world = new();

    private async Task<(long Chat, MessageAdded Added)> CustomerSaysAsync(string text, Func<Task<long>>? chat = null)
    {
        var id = chat is null ? await world.ActiveChatAsync("anna", "Kim") : await chat();
        await world.SayAsync(id, text);
        return (id, Assert.IsType<MessageAdded>(world.Events.Published.Last()));
    }

    [Fact]
    public async Task TheAgentsConversationShowsAndMarksANewMessageInOneRoundTrip()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var state = world.Get<ConversationState>();
        await state.OpenAsync("anna", chat, None);
        var (_, added) = await CustomerSaysAsync("Anyone there?", () => Task.FromResult(chat));

        using (var window = world.Database.Commands.Begin())
        {
            Assert.True(await state.ApplyAsync(added, None));
            window.AtMost(1);
        }

        Assert.Equal("Anyone there?", state.Messages[^1].Text);
        var mine = await world.Get<QueueService>().MineAsync("anna", None);
        Assert.Equal(0, Assert.Single(mine).Unread);
    }

    [Fact]
    public async Task AnEventWithoutItsMessageLoadsOnlyWhatIsNewOnce()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var state = world.Get<ConversationState>();
        await state.OpenAsync("anna", chat, None);
        var (_, added) = await CustomerSaysAsync("Hello?", () => Task.FromResult(chat));
        var bare = added with { Message = null };

        using (var window = world.Database.Commands.Begin())
        {
            await state.ApplyAsync(bare, None);
            window.AtMost(2); // the messages after the last shown, and the read mark
        }
        using (var again = world.Database.Commands.Begin())
        {
            Assert.False(await state.ApplyAsync(bare, None));
            again.AtMost(0);
        }

        Assert.Single(state.Messages, m => m.Text == "Hello?");
    }

    [Fact]
    public async Task TheWorkspaceCountsAMessageInAnotherChatWithoutReadingTheDatabase()
    {
        var open = await world.ActiveChatAsync("anna", "Kim");
        var other = await world.ActiveChatAsync("anna", "Lo");
        var workspace = world.Get<WorkspaceState>();
        await workspace.StartAsync("anna", 2, open, None);
        var (_, added) = await CustomerSaysAsync("Still waiting", () => Task.FromResult(other));
        var unreadBefore = workspace.Mine.Single(m => m.SessionId == other).Unread; // the question

        IReadOnlyList<WorkspaceAlert> alerts;
        using (var window = world.Database.Commands.Begin())
        {
            alerts = await workspace.ApplyMessageAsync(added, present: true, T, None);
            workspace.MarkRead(open);
            window.AtMost(0);
        }

        var row = Assert.Single(workspace.Mine, m => m.SessionId == other);
        Assert.Equal(("Still waiting", unreadBefore + 1), (row.LastMessage, row.Unread));
        Assert.Equal(unreadBefore + 1, workspace.TotalUnread);
        Assert.Equal(0, workspace.Mine.Single(m => m.SessionId == open).Unread);
        Assert.Equal("New message from Lo", Assert.Single(alerts).Title);
    }

    [Fact]
    public async Task TheOpenChatsMessageAddsNoUnreadAndAReadMarkClearsItLocally()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var workspace = world.Get<WorkspaceState>();
        await workspace.StartAsync("anna", 2, null, None);
        var (_, added) = await CustomerSaysAsync("First", () => Task.FromResult(chat));
        var before = workspace.TotalUnread; // the question
        Assert.Empty(await workspace.ApplyMessageAsync(added, present: false, T, None));
        Assert.Equal(before + 1, workspace.TotalUnread);

        workspace.Select(chat);
        var unread = Assert.Single(workspace.Mine).Unread;
        // Still alerted (the browser sounds it only while the tab is in the background), but not counted unread.
        Assert.Single(await workspace.ApplyMessageAsync(added with { Sequence = added.Sequence + 1 }, present: true, T, None));
        Assert.Equal(unread, Assert.Single(workspace.Mine).Unread);
        workspace.MarkRead(chat);

        Assert.Equal(0, Assert.Single(workspace.Mine).Unread);
    }

    public void Dispose() => world.Dispose();
}
