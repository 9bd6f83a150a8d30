using ChatDesk.Features.Agents;
using ChatDesk.Features.History;

namespace ChatDesk.Tests.Features.History;

/// <summary>An earlier chat opens read-only for staff of its channel (admins: every channel), and for nobody else.</summary>
public sealed class ChatRecordsTests : IDisposable
{
    private readonly HistoryWorld world = new();
    private readonly CancellationToken ct = CancellationToken.None;

    [Fact]
    public async Task MembersAndAdminsOpenTheChatOthersGetNothing()
    {
        var chat = await world.ChatAsync(world.World.ChannelId, "Kim", "kim@example.com", "Where is my order?");
        var records = world.Get<ChatRecords>();

        var record = await records.OpenAsync(HistoryWorld.Agent("bo"), chat, ct);
        Assert.Equal(("Kim", "support"), (record!.Customer.Name, record.ChannelName));
        Assert.Contains(record.Lines, l => l.Kind == RecordLineKind.Customer && l.Text == "Where is my order?");
        Assert.NotNull(await records.OpenAsync(HistoryWorld.Admin, chat, ct));
        Assert.Null(await records.OpenAsync(HistoryWorld.Agent("eva"), chat, ct));
        Assert.Null(await records.OpenAsync(HistoryWorld.Supervisor("eva"), chat, ct));
        Assert.Null(await records.OpenAsync(HistoryWorld.Agent("anna"), 99_999, ct));
    }

    [Fact]
    public async Task TheCustomerPanelListsOnlyEarlierChatsTheAgentMayOpen()
    {
        var earlier = await world.ChatAsync(world.World.ChannelId, "Kim", "kim@example.com", "First time");
        await world.ChatAsync(world.SalesId, "Kim", "KIM@example.com", "Another team's chat");
        var now = await world.World.ActiveChatAsync("anna", "kim");

        var history = await world.Get<AgentDesk>().HistoryAsync("anna", now, ct);

        Assert.Equal([earlier], history.Chats.Select(c => c.SessionId));
    }

    public void Dispose() => world.Dispose();
}
